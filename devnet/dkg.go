package devnet

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/keystake/keystake/beaconsim"
	"github.com/keystake/keystake/cluster"
	"github.com/keystake/keystake/deposit"
	"github.com/keystake/keystake/dkg"
	"github.com/keystake/keystake/node"
	"github.com/keystake/keystake/operator"
	"github.com/keystake/keystake/tbls"
)

// DKGDir is the directory, inside an operator's, that receives what its
// distributed key generation wrote: cluster.json, its share keystores with
// their passwords and the deposit file.
const DKGDir = "dkg"

// ceremonyTimeouts bound a devnet ceremony: every operator runs on
// loopback in this process, so each phase takes milliseconds.
var ceremonyTimeouts = dkg.Timeouts{Connect: 30 * time.Second, Phase: 10 * time.Second}

// devnetNetwork is the cluster network of the simulator. The genesis
// validators root is left out: the simulator's depends on the validator
// keys, which a ceremony creates.
func devnetNetwork() cluster.Network {
	return cluster.Network{Name: "devnet", ForkVersion: cluster.Bytes(beaconsim.DefaultForkVersions.Genesis[:])}
}

// generate runs a DKG ceremony among the devnet's operators over libp2p
// on loopback and returns each operator's result, by operator index-1.
func generate(ctx context.Context, opts Options, ids []*operator.Identity, ops []cluster.Operator) ([]*dkg.Result, error) {
	wc := [32]byte{deposit.ExecutionWithdrawalPrefix}
	wc[31] = 1
	def := &dkg.Definition{
		Name: "devnet", Network: devnetNetwork(), Operators: ops, Threshold: opts.Threshold,
		Validators: opts.Validators, WithdrawalCredentials: wc[:], FeeRecipient: make(cluster.Bytes, 20),
		DepositAmount: 32_000_000_000, Creator: 1,
	}
	if err := def.Sign(ids[0].Signing); err != nil {
		return nil, fmt.Errorf("sign the devnet's ceremony definition: %w", err)
	}
	return ceremony(ctx, def, ids, nil)
}

// ceremony runs def among its participants, each on its own libp2p node
// on 127.0.0.1 with its identity ids[p-1] and, when resharing, its old
// shares old[p-1]. Participant p dials the ones started before it, so
// every pair is connected. Any participant's failure fails the ceremony.
func ceremony(ctx context.Context, def *dkg.Definition, ids []*operator.Identity, old [][]*tbls.SecretKey) ([]*dkg.Result, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make([]*dkg.Result, len(ids))
	errs := make([]error, len(ids))
	addrs := make(map[int][]string)
	var wg sync.WaitGroup
	for i, id := range ids {
		cfg := dkg.RunConfig{
			Definition: def, Identity: id, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"},
			Peers: clonePeers(addrs), Timeouts: ceremonyTimeouts, ResendInterval: 100 * time.Millisecond,
		}
		if old != nil {
			cfg.OldShares = old[i]
		}
		listening := make(chan []string, 1)
		cfg.OnListen = func(a []string) { listening <- a }
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = dkg.Run(ctx, cfg)
			if errs[i] != nil {
				cancel()
			}
			select {
			case listening <- nil:
			default:
			}
		}()
		addrs[i+1] = <-listening
	}
	wg.Wait()
	if err := firstFailure(errs); err != nil {
		zeroResults(results)
		return nil, fmt.Errorf("ceremony %s: %w", def.Name, err)
	}
	return results, nil
}

// firstFailure names the participant whose failure ended the ceremony:
// the first error that is not the cancellation it caused the others.
func firstFailure(errs []error) error {
	var first error
	for i, err := range errs {
		switch {
		case err == nil:
		case !errors.Is(err, context.Canceled):
			return fmt.Errorf("participant %d: %w", i+1, err)
		case first == nil:
			first = fmt.Errorf("participant %d: %w", i+1, err)
		}
	}
	return first
}

func clonePeers(addrs map[int][]string) map[int][]string {
	out := make(map[int][]string, len(addrs))
	for k, v := range addrs {
		out[k] = v
	}
	return out
}

// validatorKeys returns the validators' public keys of a cluster.
func validatorKeys(def *cluster.Definition) []tbls.PublicKey {
	out := make([]tbls.PublicKey, len(def.Validators))
	for i, v := range def.Validators {
		out[i] = tbls.PublicKey(v.PublicKey)
	}
	return out
}

// writeResult writes a ceremony's outputs for one operator into dir, as
// `keystake dkg run` does, and returns the cluster entry of its
// operator.yaml (paths relative to the operator's directory opDir).
func writeResult(res *dkg.Result, opDir, dir string) (node.ClusterConfig, error) {
	files, err := res.Files(time.Now(), devKDF)
	if err != nil {
		return node.ClusterConfig{}, err
	}
	if err := stageDir(dir, files); err != nil {
		return node.ClusterConfig{}, err
	}
	rel, err := filepath.Rel(opDir, dir)
	if err != nil {
		return node.ClusterConfig{}, fmt.Errorf("locate ceremony outputs: %w", err)
	}
	cc := node.ClusterConfig{Definition: filepath.Join(rel, dkg.ClusterFile)}
	for v := range res.Shares {
		cc.Shares = append(cc.Shares, node.ShareConfig{
			Keystore:     filepath.Join(rel, dkg.ShareFile(res.Index, v+1)),
			PasswordFile: filepath.Join(rel, dkg.PasswordFile(res.Index, v+1)),
		})
	}
	return cc, nil
}

// writeDKG writes every operator's ceremony outputs into its DKGDir and
// returns their operator.yaml cluster entries.
func (nw *Network) writeDKG(results []*dkg.Result) ([]node.ClusterConfig, error) {
	var out []node.ClusterConfig
	for i, res := range results {
		opDir := filepath.Join(nw.Dir, fmt.Sprintf("operator-%d", i+1))
		cc, err := writeResult(res, opDir, filepath.Join(opDir, DKGDir))
		if err != nil {
			return nil, err
		}
		out = append(out, cc)
	}
	return out, nil
}

func zeroResults(results []*dkg.Result) {
	for _, r := range results {
		if r != nil {
			r.Zero()
		}
	}
}
