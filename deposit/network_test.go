package deposit

import (
	"strings"
	"testing"
)

func TestNetworkByName(t *testing.T) {
	tests := []struct {
		name string
		want Network
	}{
		{"mainnet", Mainnet},
		{"Hoodi", Hoodi},
		{" sepolia ", Sepolia},
		{"holesky", Holesky},
	}
	for _, tt := range tests {
		got, err := NetworkByName(tt.name)
		if err != nil || got != tt.want {
			t.Errorf("NetworkByName(%q) = %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
	_, err := NetworkByName("goerli")
	if err == nil || !strings.Contains(err.Error(), "known: mainnet, sepolia, hoodi, holesky") {
		t.Errorf("NetworkByName(goerli) error = %v", err)
	}
}

func TestNetworkString(t *testing.T) {
	if got, want := Hoodi.String(), "hoodi (fork version 0x10000910)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// The fork versions as published in the clients' network configs.
func TestKnownForkVersions(t *testing.T) {
	want := map[string]string{
		"mainnet": "0x00000000", "sepolia": "0x90000069", "hoodi": "0x10000910", "holesky": "0x01017000",
	}
	for _, n := range KnownNetworks() {
		if got := forkHex(n.ForkVersion); got != want[n.Name] {
			t.Errorf("%s fork version %s, want %s", n.Name, got, want[n.Name])
		}
	}
}

func TestCustomNetwork(t *testing.T) {
	devFork := [4]byte{0x10, 0x00, 0x00, 0x38}
	tests := []struct {
		name    string
		fork    [4]byte
		want    Network
		wantErr string
	}{
		{"my-devnet_1.0", devFork, Network{Name: "my-devnet_1.0", ForkVersion: devFork}, ""},
		{"hoodi", Hoodi.ForkVersion, Hoodi, ""},
		{"hoodi", devFork, Network{}, `network "hoodi" has fork version 0x10000910, not 0x10000038`},
		{"devnet", Mainnet.ForkVersion, Network{}, "fork version 0x00000000 is mainnet's"},
		{"", devFork, Network{}, "want 1-64 characters"},
		{strings.Repeat("a", 65), devFork, Network{}, "want 1-64 characters"},
		{"dev net", devFork, Network{}, `character ' ' at 3`},
		{`dev"net`, devFork, Network{}, `character '"' at 3`},
	}
	for _, tt := range tests {
		got, err := CustomNetwork(tt.name, tt.fork)
		if tt.wantErr == "" {
			if err != nil || got != tt.want {
				t.Errorf("CustomNetwork(%q) = %v, %v; want %v", tt.name, got, err, tt.want)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("CustomNetwork(%q) error = %v, want %q", tt.name, err, tt.wantErr)
		}
	}
}

func TestParseForkVersion(t *testing.T) {
	for _, s := range []string{"0x10000910", "10000910", "0X10000910"} {
		if v, err := ParseForkVersion(s); err != nil || v != Hoodi.ForkVersion {
			t.Errorf("ParseForkVersion(%q) = %x, %v", s, v, err)
		}
	}
	for _, s := range []string{"", "0x1000091", "0x1000091000", "0x1000091g"} {
		if _, err := ParseForkVersion(s); err == nil {
			t.Errorf("ParseForkVersion(%q) succeeded", s)
		}
	}
}
