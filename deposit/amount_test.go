package deposit

import (
	"strings"
	"testing"
)

func TestCheckAmount(t *testing.T) {
	bls := [32]byte{BLSWithdrawalPrefix}
	exec := ExecutionWithdrawalCredentials(Address{1})
	comp := CompoundingWithdrawalCredentials(Address{1})
	tests := []struct {
		name    string
		wc      [32]byte
		amount  uint64
		wantErr string
	}{
		{"1 ETH top-up", exec, MinDepositAmount, ""},
		{"32 ETH 0x00", bls, DefaultAmount, ""},
		{"32 ETH 0x01", exec, DefaultAmount, ""},
		{"2048 ETH 0x02", comp, MaxEffectiveBalanceElectra, ""},
		{"1 Gwei short of 1 ETH", exec, MinDepositAmount - 1, "0.999999999 ETH is below the 1 ETH minimum"},
		{"zero", comp, 0, "0 ETH is below the 1 ETH minimum"},
		{"32 ETH + 1 Gwei on 0x00", bls, DefaultAmount + 1, "32.000000001 ETH is above the 32 ETH maximum for 0x00"},
		{"33 ETH on 0x01", exec, 33 * GweiPerETH, "33 ETH is above the 32 ETH maximum for 0x01"},
		{"2048 ETH + 1 Gwei on 0x02", comp, MaxEffectiveBalanceElectra + 1, "above the 2048 ETH maximum for 0x02"},
	}
	for _, tt := range tests {
		err := CheckAmount(tt.wc, tt.amount)
		if tt.wantErr == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.wantErr)
		}
	}
}

func TestFormatETH(t *testing.T) {
	tests := map[uint64]string{
		0: "0 ETH", 1: "0.000000001 ETH", DefaultAmount: "32 ETH",
		1_500_000_000: "1.5 ETH", MaxEffectiveBalanceElectra: "2048 ETH",
	}
	for gwei, want := range tests {
		if got := FormatETH(gwei); got != want {
			t.Errorf("FormatETH(%d) = %q, want %q", gwei, got, want)
		}
	}
}
