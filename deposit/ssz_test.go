package deposit

import (
	"crypto/sha256"
	"math/rand/v2"
	"testing"

	"github.com/attestantio/go-eth2-client/spec/phase0"

	"github.com/keystake/keystake/tbls"
)

// go-eth2-client's generated SSZ is the independent reference for every
// hand-written root.

func randomBytes(r *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
}

func randomAmount(r *rand.Rand) uint64 {
	switch r.IntN(3) {
	case 0:
		return r.Uint64()
	case 1:
		return uint64(r.IntN(2049)) * GweiPerETH
	default:
		return uint64(r.IntN(1 << 16))
	}
}

func TestRootsMatchGoEth2Client(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 500; i++ {
		var pk tbls.PublicKey
		var wc [32]byte
		var sig tbls.Signature
		randomBytes(r, pk[:])
		randomBytes(r, wc[:])
		randomBytes(r, sig[:])
		amount := randomAmount(r)

		msg := &phase0.DepositMessage{PublicKey: phase0.BLSPubKey(pk), WithdrawalCredentials: wc[:], Amount: phase0.Gwei(amount)}
		wantMsg, err := msg.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if got := DepositMessageRoot(pk, wc, amount); got != wantMsg {
			t.Fatalf("case %d: DepositMessageRoot = %x, go-eth2-client %x", i, got, wantMsg)
		}

		data := &phase0.DepositData{PublicKey: phase0.BLSPubKey(pk), WithdrawalCredentials: wc[:],
			Amount: phase0.Gwei(amount), Signature: phase0.BLSSignature(sig)}
		wantData, err := data.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if got := DepositDataRoot(pk, wc, amount, sig); got != wantData {
			t.Fatalf("case %d: DepositDataRoot = %x, go-eth2-client %x", i, got, wantData)
		}
	}
}

func TestDomainAndSigningRootMatchGoEth2Client(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	forks := [][4]byte{Mainnet.ForkVersion, Sepolia.ForkVersion, Hoodi.ForkVersion, Holesky.ForkVersion}
	for i := 0; i < 300; i++ {
		var fork [4]byte
		var gvr, object [32]byte
		randomBytes(r, fork[:])
		randomBytes(r, object[:])
		if i%2 == 0 {
			randomBytes(r, gvr[:])
		}
		if i < len(forks) {
			fork, gvr = forks[i], [32]byte{}
		}

		forkData := &phase0.ForkData{CurrentVersion: phase0.Version(fork), GenesisValidatorsRoot: phase0.Root(gvr)}
		wantFork, err := forkData.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if got := forkDataRoot(fork, gvr); got != wantFork {
			t.Fatalf("case %d: forkDataRoot = %x, go-eth2-client %x", i, got, wantFork)
		}

		var wantDomain phase0.Domain
		copy(wantDomain[:4], domainDeposit[:])
		copy(wantDomain[4:], wantFork[:28])
		domain := ComputeDomain(domainDeposit, fork, gvr)
		if domain != wantDomain {
			t.Fatalf("case %d: ComputeDomain = %x, want %x", i, domain, wantDomain)
		}
		if gvr == ([32]byte{}) && DepositDomain(fork) != domain {
			t.Fatalf("case %d: DepositDomain differs from ComputeDomain with a zero root", i)
		}

		signing := &phase0.SigningData{ObjectRoot: phase0.Root(object), Domain: wantDomain}
		wantSigning, err := signing.HashTreeRoot()
		if err != nil {
			t.Fatal(err)
		}
		if got := SigningRoot(object, domain); got != wantSigning {
			t.Fatalf("case %d: SigningRoot = %x, go-eth2-client %x", i, got, wantSigning)
		}
	}
}

func TestMerkleize(t *testing.T) {
	a, b, c := [32]byte{1}, [32]byte{2}, [32]byte{3}
	zero := [32]byte{}
	tests := []struct {
		name   string
		chunks [][32]byte
		want   [32]byte
	}{
		{"one chunk is its own root", [][32]byte{a}, a},
		{"two chunks", [][32]byte{a, b}, sha256.Sum256(append(a[:], b[:]...))},
		{"three chunks pad to four", [][32]byte{a, b, c}, hashPair(hashPair(a, b), hashPair(c, zero))},
	}
	for _, tt := range tests {
		if got := merkleize(tt.chunks); got != tt.want {
			t.Errorf("%s: got %x, want %x", tt.name, got, tt.want)
		}
	}
}
