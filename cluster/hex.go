package cluster

import (
	"encoding/hex"
	"fmt"
	"strings"
)

// Bytes is a byte string written in JSON as 0x-prefixed lowercase hex.
type Bytes []byte

// MarshalText writes 0x-prefixed hex.
func (b Bytes) MarshalText() ([]byte, error) {
	return []byte("0x" + hex.EncodeToString(b)), nil
}

// UnmarshalText reads hex with or without the 0x prefix.
func (b *Bytes) UnmarshalText(text []byte) error {
	s := strings.TrimPrefix(string(text), "0x")
	out, err := hex.DecodeString(s)
	if err != nil {
		return fmt.Errorf("decode hex %q: %w", truncate(string(text)), err)
	}
	*b = out
	return nil
}

// String returns the 0x-prefixed hex form.
func (b Bytes) String() string { return "0x" + hex.EncodeToString(b) }

func truncate(s string) string {
	if len(s) > 20 {
		return s[:20] + "..."
	}
	return s
}
