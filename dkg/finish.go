package dkg

import (
	"bytes"
	"fmt"

	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/tbls"
)

// Result is what a ceremony produces for one operator. Everything but
// Shares is the same for every operator.
type Result struct {
	// Index is this participant's index: its operator index in Cluster,
	// unless it handed its shares over in a resharing and is not in it.
	Index int
	// Cluster is the finalized cluster definition; ClusterJSON its bytes,
	// as `keystake keys split` writes cluster.json.
	Cluster     *cluster.Definition
	ClusterJSON []byte
	// ClusterSignatures are, per validator, the group signature over the
	// cluster hash recovered from the operators' partials.
	ClusterSignatures []tbls.Signature
	// Shares are this operator's key shares, one per validator (none for
	// a participant that is not in Cluster). Secret: Zero them when
	// written.
	Shares []*tbls.SecretKey
	// Deposits are the validators' deposits, signed by threshold (none
	// when resharing).
	Deposits []*deposit.Data
	// Qualified lists the dealers whose contributions make up the keys;
	// Excluded says why the others were left out.
	Qualified []int
	Excluded  map[int]string
}

// Zero wipes the shares.
func (r *Result) Zero() { zeroKeys(r.Shares) }

// clusterDefinition builds cluster.json from the outcome.
func (c *Ceremony) clusterDefinition() (*cluster.Definition, []byte, error) {
	def := &cluster.Definition{
		Name: c.def.Name, Network: c.def.Network, Threshold: c.def.Threshold,
		Operators: c.def.Operators,
	}
	if c.shape.reshare {
		def.Supersedes = c.def.ReshareFrom.Hash
	}
	for v, pk := range c.out.groupKeys {
		val := cluster.Validator{
			PublicKey:             cluster.Bytes(pk[:]),
			WithdrawalCredentials: c.def.WithdrawalCredentials,
			FeeRecipient:          c.def.FeeRecipient,
		}
		if c.shape.reshare {
			old := c.def.ReshareFrom.Validators[v]
			val.WithdrawalCredentials, val.FeeRecipient = old.WithdrawalCredentials, old.FeeRecipient
		}
		for _, ps := range c.out.publicShares[v] {
			val.PublicShares = append(val.PublicShares, cluster.Bytes(ps[:]))
		}
		def.Validators = append(def.Validators, val)
	}
	if err := def.Finalize(); err != nil {
		return nil, nil, fmt.Errorf("build cluster definition: %w", err)
	}
	data, err := def.Marshal()
	if err != nil {
		return nil, nil, err
	}
	return def, data, nil
}

// depositRoot is the signing root of validator v's deposit.
func (c *Ceremony) depositRoot(v int) [32]byte {
	return deposit.DepositSigningRoot(c.out.groupKeys[v], [32]byte(c.def.WithdrawalCredentials), c.def.DepositAmount, c.network.ForkVersion)
}

// finish builds cluster.json and returns the finish message: its hash and
// this operator's partial signatures over it and over every deposit (none
// when resharing). A participant that is not an operator of the new
// cluster sends nothing.
func (c *Ceremony) finish() ([][]byte, error) {
	def, data, err := c.clusterDefinition()
	if err != nil {
		return nil, err
	}
	c.pending = &Result{
		Index: c.self, Cluster: def, ClusterJSON: data, Shares: c.out.shares,
		Qualified: c.out.qualified, Excluded: c.out.excluded,
	}
	if !c.isRecipient(c.self) {
		return nil, nil
	}
	clusterHash := [32]byte(def.Hash)
	clusterPartials, err := tbls.SignMany(c.out.shares, clusterHash[:])
	if err != nil {
		return nil, fmt.Errorf("sign cluster hash: %w", err)
	}
	body := finishBody{ClusterHash: clusterHash[:]}
	for v, share := range c.out.shares {
		body.ClusterPartials = append(body.ClusterPartials, clusterPartials[v][:]...)
		if !c.shape.reshare {
			root := c.depositRoot(v)
			sig := share.Sign(root[:])
			body.DepositPartials = append(body.DepositPartials, sig[:]...)
		}
	}
	return c.emit(PhaseFinish, encodeBody(body))
}

// conclude checks every operator's finish message: the same cluster hash,
// partial signatures that verify under the public shares, and recovered
// signatures that verify under the group keys. Only then is there a result.
func (c *Ceremony) conclude() error {
	r := c.pending
	want := cluster.Bytes(r.Cluster.Hash)
	for i := 1; i <= c.shape.n; i++ {
		if got := c.finishes[i].ClusterHash; !bytes.Equal(want, got) {
			return fmt.Errorf("operator %s computed cluster hash %s, ours is %s: the operators disagree on the outcome", c.name(i), cluster.Bytes(got), want)
		}
	}
	clusterSigs, err := c.recoverAll(func(int) []byte { return want }, func(f *finishBody) []byte { return f.ClusterPartials }, "cluster hash")
	if err != nil {
		return err
	}
	r.ClusterSignatures = clusterSigs
	if !c.shape.reshare {
		if r.Deposits, err = c.deposits(); err != nil {
			return err
		}
	}
	c.result, c.pending = r, nil
	c.log.Info("ceremony complete", "validators", c.shape.v, "qualified", r.Qualified, "cluster_hash", want.String())
	return nil
}

// deposits recovers and checks every validator's deposit signature.
func (c *Ceremony) deposits() ([]*deposit.Data, error) {
	depositSigs, err := c.recoverAll(func(v int) []byte { root := c.depositRoot(v); return root[:] }, func(f *finishBody) []byte { return f.DepositPartials }, "deposit")
	if err != nil {
		return nil, err
	}
	var out []*deposit.Data
	for v, pk := range c.out.groupKeys {
		d, err := deposit.New(pk, [32]byte(c.def.WithdrawalCredentials), c.def.DepositAmount, c.network, func(root [32]byte) (tbls.Signature, error) {
			if root != c.depositRoot(v) {
				return tbls.Signature{}, fmt.Errorf("deposit signing root of validator %d differs from the one signed", v+1)
			}
			return depositSigs[v], nil
		})
		if err != nil {
			return nil, fmt.Errorf("deposit of validator %d: %w", v+1, err)
		}
		out = append(out, d)
	}
	return out, nil
}

// recoverAll verifies every operator's partial signatures of one kind in
// one batch, naming the operator of any that fails, then recovers each
// validator's signature from the first t operators and verifies it under
// the validator's group key.
func (c *Ceremony) recoverAll(msg func(v int) []byte, partials func(*finishBody) []byte, what string) ([]tbls.Signature, error) {
	n, nv := c.shape.n, c.shape.v
	entries := make([]tbls.Entry, 0, n*nv)
	for i := 1; i <= n; i++ {
		b := partials(c.finishes[i])
		for v := range nv {
			entries = append(entries, tbls.Entry{
				PublicKey: c.out.publicShares[v][i-1],
				Message:   msg(v),
				Signature: tbls.Signature(b[v*tbls.SignatureLength : (v+1)*tbls.SignatureLength]),
			})
		}
	}
	if bad, err := tbls.BatchVerify(entries); err != nil {
		i, v := bad[0]/nv+1, bad[0]%nv+1
		return nil, fmt.Errorf("operator %s's partial %s signature for validator %d does not verify (%d bad in all): %w", c.name(i), what, v, len(bad), err)
	}
	sigs := make([]tbls.Signature, nv)
	for v := range nv {
		parts := make(map[int]tbls.Signature, c.shape.t)
		for i := 1; i <= c.shape.t; i++ {
			parts[i] = entries[(i-1)*nv+v].Signature
		}
		sig, err := tbls.RecoverSignature(parts)
		if err != nil {
			return nil, fmt.Errorf("recover %s signature of validator %d: %w", what, v+1, err)
		}
		if err := tbls.Verify(c.out.groupKeys[v], msg(v), sig); err != nil {
			return nil, fmt.Errorf("recovered %s signature of validator %d: %w", what, v+1, err)
		}
		sigs[v] = sig
	}
	return sigs, nil
}
