package devnet

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/beacon"
	"github.com/keystake/keystake/beaconsim"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/exit"
	"github.com/keystake/keystake/internal/blstcheck"
	"github.com/keystake/keystake/node"
)

// TestExit signs a validator's voluntary exit with three operators' node
// configurations against the simulator and recovers the signed exit, which
// blst verifies under the validator's key with the network's exit domain
// and the simulator takes into its pool (once; a forged exit is refused).
func TestExit(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	nw, err := Build(ctx, Options{Dir: filepath.Join(t.TempDir(), "devnet"), Validators: 2, SlotDuration: 2 * time.Second, SlotsPerEpoch: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	def, err := cluster.Load(filepath.Join(nw.Dir, "cluster", "cluster.json"))
	if err != nil {
		t.Fatal(err)
	}
	pk := phase0.BLSPubKey(def.Validators[1].PublicKey)
	epoch := phase0.Epoch(0)
	var partials []*exit.Partial
	for _, i := range []int{3, 1, 2} {
		cfg, err := node.LoadConfig(nw.Configs[i])
		if err != nil {
			t.Fatal(err)
		}
		p, err := node.SignExit(ctx, cfg, pk, &epoch, slog.Default())
		if err != nil {
			t.Fatalf("operator %d: %v", i+1, err)
		}
		partials = append(partials, p)
	}
	signed, err := exit.Combine(def, partials)
	if err != nil {
		t.Fatal(err)
	}
	if signed.Message.Epoch != epoch || signed.Message.ValidatorIndex != 1 {
		t.Fatalf("exit %+v, want validator 1 at epoch %d", signed.Message, epoch)
	}
	nwk := partials[0].Network
	if nwk.CapellaForkVersion != phase0.Version(beaconsim.DefaultForkVersions.Capella) {
		t.Fatalf("signed with fork version %#x, want the network's Capella version", nwk.CapellaForkVersion)
	}
	root, err := exit.SigningRoot(signed.Message, nwk)
	if err != nil {
		t.Fatal(err)
	}
	if err := blstcheck.Verify(pk[:], root[:], signed.Signature[:]); err != nil {
		t.Fatalf("signed exit fails under blst: %v", err)
	}

	bc, err := beacon.New(ctx, beacon.Config{URLs: []string{nw.BeaconURL}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer bc.Close()
	forged := *signed
	forged.Message = &phase0.VoluntaryExit{Epoch: epoch, ValidatorIndex: 0}
	if err := bc.SubmitVoluntaryExit(ctx, &forged); err == nil {
		t.Fatal("the simulator took an exit signed for another validator")
	}
	if err := bc.SubmitVoluntaryExit(ctx, signed); err != nil {
		t.Fatalf("submit the exit: %v", err)
	}
	if err := bc.SubmitVoluntaryExit(ctx, signed); err == nil {
		t.Fatal("the simulator took the same exit twice")
	}
	if got := nw.Sim.VoluntaryExits(); len(got) != 1 || got[1] != uint64(epoch) {
		t.Fatalf("exits in the pool %v, want validator 1 at epoch %d", got, epoch)
	}
}
