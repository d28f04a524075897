package duty

import (
	"context"
	"fmt"
	"log/slog"
	"sort"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/tbls"
)

// thresholdSign signs every entry of signings whose validator may sign
// (not held, if held is set) with this operator's share, one hash-to-curve
// per distinct signing root, shares the partials in one message, and
// collects the cluster's partials until every entry has its signature or
// ctx ends. It returns the signatures recovered by entry; when some are
// missing at ctx's end, the error says which operators' partials did not
// come.
func (x *Exchange) thresholdSign(ctx context.Context, c *Cluster, slot phase0.Slot, duty uint8, signings []Signing, held func(pos uint32) bool, log *slog.Logger) (map[uint32]tbls.Signature, error) {
	st := x.collectorFor(c, slot, duty)
	x.decidedEach(st, signings)
	partials, err := signEntries(c, signings, held)
	if err != nil {
		return nil, err
	}
	x.share(c, slot, duty, st, partials)
	out := make(map[uint32]tbls.Signature, len(signings))
	for {
		x.recover(st, log)
		var complete bool
		x.with(st, func(col *collector) {
			var ready map[uint32]tbls.Signature
			ready, complete = col.ready()
			for e, sig := range ready {
				out[e] = sig
			}
		})
		if complete {
			return out, nil
		}
		select {
		case <-st.changed:
		case <-ctx.Done():
			var n int
			var ops map[int]bool
			x.with(st, func(col *collector) { n, ops = col.missing() })
			return out, fmt.Errorf("%d signatures without enough partials by the deadline: none from operators %v", n, sortedKeys(ops))
		}
	}
}

// signEntries signs the entries with the validators' shares, grouping
// them by signing root so that each root is hashed to the curve once.
func signEntries(c *Cluster, signings []Signing, held func(pos uint32) bool) ([]Partial, error) {
	groups := make(map[string][]Signing)
	var roots []string
	for _, sg := range signings {
		if held != nil && held(sg.Validator) {
			continue
		}
		k := string(sg.Root)
		if _, ok := groups[k]; !ok {
			roots = append(roots, k)
		}
		groups[k] = append(groups[k], sg)
	}
	sort.Strings(roots)
	var partials []Partial
	for _, root := range roots {
		g := groups[root]
		shares := make([]*tbls.SecretKey, len(g))
		for i, sg := range g {
			shares[i] = c.Validators[sg.Validator].Share
		}
		sigs, err := tbls.SignManyRaw(shares, []byte(root))
		if err != nil {
			return nil, fmt.Errorf("sign %d entries: %w", len(g), err)
		}
		for i, sg := range g {
			partials = append(partials, Partial{Validator: sg.Entry, Signature: sigs[i]})
		}
	}
	return partials, nil
}
