package dkg

import (
	"errors"
	"fmt"
	"slices"

	"github.com/keystake/keystake/seal"
	"github.com/keystake/keystake/tbls"
)

// deal draws one random polynomial of degree t-1 per validator and returns
// the deal message: the commitments, and every operator's shares sealed to
// its encryption key. A polynomial's constant is random, or when resharing
// the dealer's share of the validator. Participants that do not deal send
// nothing.
func (c *Ceremony) deal() ([][]byte, error) {
	if !c.isDealer(c.self) {
		return nil, nil
	}
	s := c.shape
	body := dealBody{Commitments: make([]byte, 0, s.commitmentsLength()), Shares: make([][]byte, s.n)}
	for v := range s.v {
		var split *tbls.Split
		var err error
		if s.reshare {
			split, err = tbls.SplitSecret(c.old[v], s.n, s.t)
		} else {
			secret := tbls.GenerateSecretKey()
			split, err = tbls.SplitSecret(secret, s.n, s.t)
			secret.Zero()
		}
		if err != nil {
			return nil, fmt.Errorf("deal: %w", err)
		}
		c.polys = append(c.polys, split)
		for _, cm := range split.Commitments {
			body.Commitments = append(body.Commitments, cm[:]...)
		}
	}
	for i := 1; i <= s.n; i++ {
		plain := c.ownShares(i)
		sealed, err := seal.Seal(c.parts[i-1].EncryptionKey, dealInfo(c.hash, c.self, i), plain)
		clear(plain)
		if err != nil {
			return nil, fmt.Errorf("seal deal for operator %s: %w", c.name(i), err)
		}
		body.Shares[i-1] = sealed
	}
	return c.emit(PhaseDeal, encodeBody(body))
}

// ownShares concatenates this dealer's shares for operator i, validator by
// validator. The caller must clear the result.
func (c *Ceremony) ownShares(i int) []byte {
	out := make([]byte, 0, c.shape.sharesLength())
	for _, split := range c.polys {
		b := split.Shares[i].Bytes()
		out = append(out, b...)
		clear(b)
	}
	return out
}

// respond checks every deal received and returns the response message:
// a verdict per dealer and the echo of its commitments' hash. Participants
// that receive no shares keep the commitments but send no response.
func (c *Ceremony) respond() ([][]byte, error) {
	body := responseBody{Verdicts: make([]verdict, 0, len(c.shape.dealers))}
	for _, d := range c.shape.dealers {
		v := verdict{Dealer: d, Status: statusMissing}
		if deal, ok := c.deals[d]; ok {
			h := commitmentHash(d, deal.Commitments)
			c.echo[d] = h
			v.CommitmentHash = h[:]
			v.Status = statusOK
			if err := c.checkDeal(d, deal); err != nil {
				v.Status = statusBad
				c.log.Warn("complaint: deal fails verification", "dealer", d, "dealer_id", c.parts[d-1].ID, "reason", err.Error())
			}
		} else {
			c.log.Warn("complaint: no deal received", "dealer", d, "dealer_id", c.parts[d-1].ID)
		}
		body.Verdicts = append(body.Verdicts, v)
	}
	if !c.isRecipient(c.self) {
		return nil, nil
	}
	return c.emit(PhaseResponse, encodeBody(body))
}

// checkDeal decodes dealer d's commitments and, for a recipient, opens and
// verifies its shares, keeping both when everything checks.
func (c *Ceremony) checkDeal(d int, deal *dealBody) error {
	comms, err := c.shape.decodeCommitments(deal.Commitments)
	if err != nil {
		return err
	}
	if err := c.checkResharedConstant(d, comms); err != nil {
		return err
	}
	c.comms[d] = comms
	if !c.isRecipient(c.self) {
		return nil
	}
	plain, err := c.enc.Open(dealInfo(c.hash, d, c.self), deal.Shares[c.self-1])
	if err != nil {
		return fmt.Errorf("decrypt deal from operator %d: %w", d, err)
	}
	defer clear(plain)
	shares, err := c.shape.verifyShares(c.self, plain, comms)
	if err != nil {
		return err
	}
	c.received[d] = shares
	return nil
}

// decodeCommitments splits concatenated commitments per validator and
// checks that each is a valid public key.
func (s shape) decodeCommitments(b []byte) ([][]tbls.PublicKey, error) {
	if len(b) != s.commitmentsLength() {
		return nil, fmt.Errorf("commitments are %d bytes, want %d", len(b), s.commitmentsLength())
	}
	out := make([][]tbls.PublicKey, s.v)
	for v := range out {
		out[v] = make([]tbls.PublicKey, s.t)
		for j := range out[v] {
			off := (v*s.t + j) * tbls.PublicKeyLength
			pk, err := tbls.PublicKeyFromBytes(b[off : off+tbls.PublicKeyLength])
			if err != nil {
				return nil, fmt.Errorf("commitment %d of validator %d: %w", j, v+1, err)
			}
			out[v][j] = pk
		}
	}
	return out, nil
}

// verifyShares decodes operator i's concatenated shares and checks each
// against its validator's commitments.
func (s shape) verifyShares(i int, plain []byte, comms [][]tbls.PublicKey) ([]*tbls.SecretKey, error) {
	if len(plain) != s.sharesLength() {
		return nil, fmt.Errorf("shares are %d bytes, want %d", len(plain), s.sharesLength())
	}
	shares := make([]*tbls.SecretKey, s.v)
	for v := range shares {
		off := v * tbls.SecretKeyLength
		sk, err := tbls.SecretKeyFromBytes(plain[off : off+tbls.SecretKeyLength])
		if err == nil {
			err = tbls.VerifyShare(i, sk, comms[v])
		}
		if err != nil {
			zeroKeys(shares)
			if sk != nil {
				sk.Zero()
			}
			return nil, fmt.Errorf("share of operator %d for validator %d: %w", i, v+1, err)
		}
		shares[v] = sk
	}
	return shares, nil
}

// accused lists the dealers some response complains about, ascending.
func (c *Ceremony) accused() []int {
	var out []int
	for _, d := range c.shape.dealers {
		if len(c.complainers(d)) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// verdictOn returns the verdict on dealer d, who must be a dealer.
func (r *responseBody) verdictOn(d int) verdict {
	i := slices.IndexFunc(r.Verdicts, func(v verdict) bool { return v.Dealer == d })
	return r.Verdicts[i]
}

// complainers lists the operators whose response says dealer d's deal was
// bad or missing.
func (c *Ceremony) complainers(d int) []int {
	var out []int
	for i := 1; i <= c.shape.n; i++ {
		if r, ok := c.responses[i]; ok && r.verdictOn(d).Status != statusOK {
			out = append(out, i)
		}
	}
	return out
}

// justify answers the complaints against this operator's deal, if any, by
// revealing the complainers' shares with the commitments.
func (c *Ceremony) justify() ([][]byte, error) {
	if !c.isDealer(c.self) {
		return nil, nil
	}
	complainers := c.complainers(c.self)
	if len(complainers) == 0 {
		return nil, nil
	}
	if len(c.polys) == 0 {
		return nil, errors.New("justify: own polynomials already wiped")
	}
	body := justificationBody{Commitments: c.deals[c.self].Commitments}
	for _, i := range complainers {
		body.Revealed = append(body.Revealed, revealedShare{Operator: i, Shares: c.ownShares(i)})
	}
	c.log.Info("justifying complaints", "complainers", complainers)
	out, err := c.emit(PhaseJustification, encodeBody(body))
	for _, r := range body.Revealed {
		clear(r.Shares)
	}
	return out, err
}
