package dkg

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/keystake/keystake/tbls"
)

// ErrTooFewQualified reports a ceremony in which fewer than t dealers
// qualified. The error names every excluded dealer and why.
var ErrTooFewQualified = errors.New("too few qualified dealers")

// qualify decides, from the responses and justifications (which every
// operator has), which dealers' contributions count, and settles this
// operator's shares from them. It fails if fewer than t qualify.
func (c *Ceremony) qualify() error {
	excluded := make(map[int]string)
	var qual []int
	for _, d := range c.shape.dealers {
		if reason := c.judge(d); reason != "" {
			excluded[d] = reason
			c.log.Warn("dealer excluded", "dealer", d, "dealer_id", c.parts[d-1].ID, "reason", reason)
			continue
		}
		qual = append(qual, d)
	}
	if len(qual) < c.shape.dealerT {
		var parts []string
		for _, d := range slices.Sorted(maps.Keys(excluded)) {
			parts = append(parts, fmt.Sprintf("operator %s: %s", c.name(d), excluded[d]))
		}
		return fmt.Errorf("%w: %d of %d dealers qualified, threshold %d; excluded %s",
			ErrTooFewQualified, len(qual), len(c.shape.dealers), c.shape.dealerT, strings.Join(parts, "; "))
	}
	for d := range excluded {
		zeroKeys(c.received[d])
		delete(c.received, d)
	}
	return c.combine(qual, excluded)
}

// judge returns why dealer d is excluded, or "" if it qualifies. It uses
// only what every operator received alike, plus this operator's own copy
// of the commitments, so honest operators that saw the same responses and
// justifications reach the same verdict.
func (c *Ceremony) judge(d int) string {
	h, reason := c.agreedHash(d)
	if reason != "" {
		return reason
	}
	if complainers := c.complainers(d); len(complainers) > 0 {
		if reason := c.checkJustification(d, h, complainers); reason != "" {
			return reason
		}
	}
	if c.echo[d] != h || c.comms[d] == nil {
		return "its commitments are not available to this operator"
	}
	if err := c.checkResharedConstant(d, c.comms[d]); err != nil {
		return err.Error()
	}
	if c.isRecipient(c.self) && c.received[d] == nil {
		return "no valid share for this operator"
	}
	return ""
}

// agreedHash returns the commitment hash every operator that received
// dealer d's deal echoed, or why there is none.
func (c *Ceremony) agreedHash(d int) ([32]byte, string) {
	var h [32]byte
	byHash := make(map[[32]byte][]int)
	for i := 1; i <= c.shape.n; i++ {
		v := c.responses[i].verdictOn(d)
		if v.Status != statusMissing {
			byHash[[32]byte(v.CommitmentHash)] = append(byHash[[32]byte(v.CommitmentHash)], i)
		}
	}
	switch len(byHash) {
	case 0:
		return h, "no operator received its deal"
	case 1:
		for k := range byHash {
			h = k
		}
		return h, ""
	}
	var parts []string
	for _, ops := range byHash {
		parts = append(parts, fmt.Sprintf("%v", ops))
	}
	slices.Sort(parts)
	return h, "it sent different commitments to different operators (groups " + strings.Join(parts, " ") + ")"
}

// checkJustification checks dealer d's answer to the complaints: the same
// commitments as everyone echoed, and for every complainer shares that
// match them. A complaint of this operator that is answered replaces the
// shares it could not use with the revealed ones.
func (c *Ceremony) checkJustification(d int, h [32]byte, complainers []int) string {
	j, ok := c.justification[d]
	if !ok {
		return fmt.Sprintf("it did not answer the complaints of operators %v", complainers)
	}
	if commitmentHash(d, j.Commitments) != h {
		return "its justification carries other commitments than its deal"
	}
	comms, err := c.shape.decodeCommitments(j.Commitments)
	if err != nil {
		return "its commitments are invalid: " + err.Error()
	}
	for _, i := range complainers {
		idx := slices.IndexFunc(j.Revealed, func(r revealedShare) bool { return r.Operator == i })
		if idx < 0 {
			return fmt.Sprintf("its justification omits the shares of complaining operator %d", i)
		}
		shares, err := c.shape.verifyShares(i, j.Revealed[idx].Shares, comms)
		if err != nil {
			return "its justification does not match its commitments: " + err.Error()
		}
		if i != c.self {
			zeroKeys(shares)
			continue
		}
		zeroKeys(c.received[d])
		c.received[d] = shares
	}
	if c.comms[d] == nil {
		c.comms[d], c.echo[d] = comms, h
	}
	return ""
}

// combineOne returns this operator's share of validator v (nil for a
// participant that receives none) and the commitments of the resulting
// polynomial.
func (c *Ceremony) combineOne(qual []int, v int) (*tbls.SecretKey, []tbls.PublicKey, error) {
	if c.shape.reshare {
		return c.combineReshared(qual, v)
	}
	parts := make([]*tbls.SecretKey, len(qual))
	comms := make([][]tbls.PublicKey, len(qual))
	for k, d := range qual {
		parts[k], comms[k] = c.received[d][v], c.comms[d][v]
	}
	share, err := tbls.SumSecretKeys(parts)
	if err != nil {
		return nil, nil, fmt.Errorf("add shares: %w", err)
	}
	sum, err := tbls.SumCommitments(comms)
	if err != nil {
		share.Zero()
		return nil, nil, fmt.Errorf("add commitments: %w", err)
	}
	return share, sum, nil
}

// outcome is what the qualified dealers' contributions add up to.
type outcome struct {
	qualified    []int
	excluded     map[int]string
	shares       []*tbls.SecretKey  // this operator's final share per validator
	groupKeys    []tbls.PublicKey   // per validator
	publicShares [][]tbls.PublicKey // [validator][operator-1]
}

// combine adds up the qualified dealers' shares and commitments (or,
// resharing, interpolates them).
func (c *Ceremony) combine(qual []int, excluded map[int]string) error {
	o := &outcome{qualified: qual, excluded: excluded}
	c.out = o
	for v := range c.shape.v {
		share, comms, err := c.combineOne(qual, v)
		if err != nil {
			return fmt.Errorf("validator %d: %w", v+1, err)
		}
		pubs := make([]tbls.PublicKey, c.shape.n)
		for i := range pubs {
			if pubs[i], err = tbls.PublicShare(comms, i+1); err != nil {
				return fmt.Errorf("validator %d: public share %d: %w", v+1, i+1, err)
			}
		}
		if share != nil && share.PublicKey() != pubs[c.self-1] {
			return fmt.Errorf("validator %d: own share does not match its public share", v+1)
		}
		if share != nil {
			o.shares = append(o.shares, share)
		}
		o.groupKeys = append(o.groupKeys, comms[0])
		o.publicShares = append(o.publicShares, pubs)
	}
	for _, s := range c.polys {
		s.Zero()
	}
	c.polys = nil
	for _, shares := range c.received {
		zeroKeys(shares)
	}
	clear(c.received)
	return nil
}
