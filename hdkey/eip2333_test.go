package hdkey

import (
	"encoding/hex"
	"math/big"
	"strings"
	"testing"

	"github.com/keystake/keystake/tbls"
)

// eip2333Vectors are the test cases of EIP-2333 ("Test Cases" section),
// secret keys as decimal integers exactly as the EIP prints them.
var eip2333Vectors = []struct {
	name       string
	seed       string
	masterSK   string
	childIndex uint32
	childSK    string
}{
	{
		name:       "case 0",
		seed:       "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04",
		masterSK:   "6083874454709270928345386274498605044986640685124978867557563392430687146096",
		childIndex: 0,
		childSK:    "20397789859736650942317412262472558107875392172444076792671091975210932703118",
	},
	{
		name:       "case 1",
		seed:       "3141592653589793238462643383279502884197169399375105820974944592",
		masterSK:   "29757020647961307431480504535336562678282505419141012933316116377660817309383",
		childIndex: 3141592653,
		childSK:    "25457201688850691947727629385191704516744796114925897962676248250929345014287",
	},
	{
		name:       "case 2",
		seed:       "0099FF991111002299DD7744EE3355BBDD8844115566CC55663355668888CC00",
		masterSK:   "27580842291869792442942448775674722299803720648445448686099262467207037398656",
		childIndex: 4294967295,
		childSK:    "29358610794459428860402234341874281240803786294062035874021252734817515685787",
	},
	{
		name:       "case 3",
		seed:       "d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3",
		masterSK:   "19022158461524446591288038168518313374041767046816487870552872741050760015818",
		childIndex: 42,
		childSK:    "31372231650479070279774297061823572166496564838472787488249775572789064611981",
	},
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatalf("bad hex in test: %v", err)
	}
	return b
}

func decimal(sk *tbls.SecretKey) string {
	return new(big.Int).SetBytes(sk.Bytes()).String()
}

func TestEIP2333Vectors(t *testing.T) {
	for _, tc := range eip2333Vectors {
		t.Run(tc.name, func(t *testing.T) {
			master, err := DeriveMasterSK(mustHex(t, tc.seed))
			if err != nil {
				t.Fatalf("DeriveMasterSK: %v", err)
			}
			if got := decimal(master); got != tc.masterSK {
				t.Fatalf("master_SK = %s, want %s", got, tc.masterSK)
			}
			child, err := DeriveChildSK(master, tc.childIndex)
			if err != nil {
				t.Fatalf("DeriveChildSK: %v", err)
			}
			if got := decimal(child); got != tc.childSK {
				t.Fatalf("child_SK = %s, want %s", got, tc.childSK)
			}
			// The same key through the path API.
			viaPath, err := DerivePath(mustHex(t, tc.seed), Path{tc.childIndex}.String())
			if err != nil {
				t.Fatalf("DerivePath: %v", err)
			}
			if !viaPath.Equal(child) {
				t.Fatal("DerivePath disagrees with DeriveChildSK")
			}
		})
	}
}

// TestEIP2333Intermediate checks the "Test Vector with Intermediate values"
// of EIP-2333: the first and last Lamport secrets of lamport_0 and the
// compressed Lamport public key of case 0.
func TestEIP2333Intermediate(t *testing.T) {
	master, err := DeriveMasterSK(mustHex(t, eip2333Vectors[0].seed))
	if err != nil {
		t.Fatal(err)
	}
	parent := master.Bytes()
	var salt [4]byte // I2OSP(0, 4)
	lamport0, err := ikmToLamportSK(parent, salt[:])
	if err != nil {
		t.Fatal(err)
	}
	if len(lamport0) != 255*32 {
		t.Fatalf("lamport_0 has %d bytes, want %d", len(lamport0), 255*32)
	}
	if got, want := hex.EncodeToString(lamport0[:32]), "e345d0ad7be270737de05cf036f688f385d5f99c7fddb054837658bdd2ebd519"; got != want {
		t.Fatalf("lamport_0[0] = %s, want %s", got, want)
	}
	if got, want := hex.EncodeToString(lamport0[32:64]), "65050bd4db9c77c051f67dcc801bf1cdf33d81131e608505bb3e4523868eb76c"; got != want {
		t.Fatalf("lamport_0[1] = %s, want %s", got, want)
	}
	pk, err := parentSKToLamportPK(parent, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := hex.EncodeToString(pk[:]), "dd635d27d1d52b9a49df9e5c0c622360a4dd17cba7db4e89bce3cb048fb721a5"; got != want {
		t.Fatalf("compressed_lamport_PK = %s, want %s", got, want)
	}
}

func TestDeriveMasterSKRejectsShortSeed(t *testing.T) {
	for _, n := range []int{0, 1, 16, 31} {
		if _, err := DeriveMasterSK(make([]byte, n)); err == nil {
			t.Errorf("%d-byte seed accepted", n)
		}
	}
	if _, err := DeriveMasterSK(make([]byte, 32)); err != nil {
		t.Errorf("32-byte seed rejected: %v", err)
	}
}
