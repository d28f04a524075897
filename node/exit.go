package node

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/beacon"
	"github.com/keystake/keystake/exit"
)

// SignExit makes this operator's partial voluntary exit for validator pk,
// with the configuration of its node: identity, clusters and shares, and
// beacon nodes (for the network, the validator's index and, when epoch is
// nil, the current epoch).
func SignExit(ctx context.Context, cfg *Config, pk phase0.BLSPubKey, epoch *phase0.Epoch, log *slog.Logger) (*exit.Partial, error) {
	id, err := LoadIdentity(cfg)
	if err != nil {
		return nil, err
	}
	defer id.Zero()
	clusters, err := LoadClusters(cfg.Clusters, id)
	if err != nil {
		return nil, err
	}
	lc, pos := findValidator(clusters, pk)
	if lc == nil {
		return nil, fmt.Errorf("validator %s is in none of this operator's clusters", pk)
	}
	bc, err := beacon.New(ctx, beacon.Config{URLs: cfg.BeaconNodes, Timeout: cfg.BeaconTimeout, Logger: log})
	if err != nil {
		return nil, err
	}
	defer bc.Close()
	ch, err := chainInfo(ctx, bc, []*LoadedCluster{lc})
	if err != nil {
		return nil, err
	}
	if ch.spec.CapellaForkVersion == (phase0.Version{}) {
		return nil, fmt.Errorf("the beacon node's spec has no CAPELLA_FORK_VERSION, which exits are signed with")
	}
	states, err := bc.Validators(ctx, []phase0.BLSPubKey{pk})
	if err != nil {
		return nil, err
	}
	st := states[pk]
	if st == nil {
		return nil, fmt.Errorf("validator %s is unknown to the beacon chain", pk)
	}
	e := &phase0.VoluntaryExit{ValidatorIndex: st.Index, Epoch: ch.timing.Epoch(ch.timing.SlotAt(time.Now()))}
	if epoch != nil {
		e.Epoch = *epoch
	}
	nw := exit.Network{CapellaForkVersion: ch.spec.CapellaForkVersion, GenesisValidatorsRoot: ch.gvr}
	return exit.Sign(lc.Definition, lc.Duty.Self, pk, lc.Duty.Validators[pos].Share, e, nw)
}

func findValidator(clusters []*LoadedCluster, pk phase0.BLSPubKey) (*LoadedCluster, int) {
	for _, lc := range clusters {
		for i, v := range lc.Duty.Validators {
			if v.Pubkey == pk {
				return lc, i
			}
		}
	}
	return nil, 0
}
