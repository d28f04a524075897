package operator

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/keystake/keystake/atomicfile"
	"github.com/keystake/keystake/keystore"
)

var fastKDF = keystore.WithScryptParams(1<<10, 8, 1)

func saveIdentity(t *testing.T, id *Identity, password string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "operator")
	files, err := id.Files("acme", password, fastKDF)
	if err != nil {
		t.Fatal(err)
	}
	stage, err := atomicfile.NewStage(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := stage.CommitFiles(files); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestIdentityRoundTrip(t *testing.T) {
	id, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	dir := saveIdentity(t, id, "pw")
	back, err := Load(dir, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if !back.Signing.Equal(id.Signing) || !bytes.Equal(back.Encryption.PublicKey(), id.Encryption.PublicKey()) {
		t.Fatal("loaded identity differs")
	}
	msg := []byte("vote")
	if !ed25519.Verify(ed25519.PublicKey(id.Public("x").IdentityKey), msg, ed25519.Sign(back.Signing, msg)) {
		t.Fatal("loaded identity key does not sign for the public key")
	}
	pub := id.Public("acme")
	if len(pub.IdentityKey) != ed25519.PublicKeySize || len(pub.EncryptionKey) != 32 || pub.ID != "acme" {
		t.Fatalf("public description %+v", pub)
	}
}

func TestLoadRejects(t *testing.T) {
	id, _ := Generate()
	dir := saveIdentity(t, id, "pw")
	if _, err := Load(dir, "wrong"); !errors.Is(err, keystore.ErrWrongPassword) {
		t.Fatalf("wrong password: %v", err)
	}
	other, _ := Generate()
	otherDir := saveIdentity(t, other, "pw")
	pub, _ := os.ReadFile(filepath.Join(otherDir, PublicFile))
	if err := os.WriteFile(filepath.Join(dir, PublicFile), pub, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir, "pw"); err == nil {
		t.Fatal("mismatched operator.json accepted")
	}
	if _, err := Load(t.TempDir(), "pw"); err == nil {
		t.Fatal("empty directory accepted")
	}
}
