package dkg

import (
	"errors"
	"fmt"

	"github.com/keystake/keystake/tbls"
)

// checkOldShares checks, when resharing, that participant p holds exactly
// its shares of the reshared cluster if it was one of its operators, and
// none otherwise: each must match its public share in the old cluster.
func checkOldShares(d *Definition, p int, shares []*tbls.SecretKey) error {
	idx := d.oldIndex(p)
	if idx == 0 {
		if len(shares) != 0 {
			return errors.New("shares given to a participant that holds none of the reshared cluster")
		}
		return nil
	}
	old := d.ReshareFrom
	if len(shares) != len(old.Validators) {
		return fmt.Errorf("%d shares given for the %d validators of the reshared cluster", len(shares), len(old.Validators))
	}
	for v, sk := range shares {
		if sk == nil || sk.PublicKey() != tbls.PublicKey(old.Validators[v].PublicShares[idx-1]) {
			return fmt.Errorf("share %d is not operator %d's share of validator %s", v+1, idx, old.Validators[v].PublicKey)
		}
	}
	return nil
}

// oldPublicShare is dealer d's public share of validator v in the
// reshared cluster: the constant commitment its deal must carry.
func (c *Ceremony) oldPublicShare(d, v int) tbls.PublicKey {
	return tbls.PublicKey(c.def.ReshareFrom.Validators[v].PublicShares[c.def.oldIndex(d)-1])
}

// checkResharedConstant requires, when resharing, that each of dealer d's
// polynomials starts at its old share: its constant commitment is its old
// public share.
func (c *Ceremony) checkResharedConstant(d int, comms [][]tbls.PublicKey) error {
	if !c.shape.reshare {
		return nil
	}
	for v := range comms {
		if comms[v][0] != c.oldPublicShare(d, v) {
			return fmt.Errorf("validator %d: the deal does not start at the dealer's share being reshared", v+1)
		}
	}
	return nil
}

// combineReshared interpolates the qualified dealers' contributions at
// x = 0 over their old indices: operator i's new share is sum_d l_d *
// g_d(i), which lies on a polynomial of degree t-1 through the unchanged
// validator key, and likewise for each commitment coefficient.
func (c *Ceremony) combineReshared(qual []int, v int) (*tbls.SecretKey, []tbls.PublicKey, error) {
	var share *tbls.SecretKey
	if c.isRecipient(c.self) {
		parts := make(map[int]*tbls.SecretKey, len(qual))
		for _, d := range qual {
			parts[c.def.oldIndex(d)] = c.received[d][v]
		}
		var err error
		if share, err = tbls.RecoverSecretKey(parts); err != nil {
			return nil, nil, fmt.Errorf("interpolate shares: %w", err)
		}
	}
	comms := make([]tbls.PublicKey, c.shape.t)
	for j := range comms {
		points := make(map[int]tbls.PublicKey, len(qual))
		for _, d := range qual {
			points[c.def.oldIndex(d)] = c.comms[d][v][j]
		}
		var err error
		if comms[j], err = tbls.RecoverPublicKey(points); err != nil {
			return nil, nil, fmt.Errorf("interpolate commitment %d: %w", j, err)
		}
	}
	if want := tbls.PublicKey(c.def.ReshareFrom.Validators[v].PublicKey); comms[0] != want {
		return nil, nil, fmt.Errorf("the reshared key is %s, not the validator's %s", comms[0], want)
	}
	return share, comms, nil
}
