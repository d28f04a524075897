package deposit

import (
	"fmt"
	"strconv"
)

// Amounts are in Gwei.
const (
	GweiPerETH uint64 = 1_000_000_000
	// MinDepositAmount is the deposit contract's minimum (1 ETH).
	MinDepositAmount = 1 * GweiPerETH
	// DefaultAmount activates a validator (32 ETH, MIN_ACTIVATION_BALANCE).
	DefaultAmount = 32 * GweiPerETH
	// MaxEffectiveBalance caps 0x00 and 0x01 validators (32 ETH).
	MaxEffectiveBalance = 32 * GweiPerETH
	// MaxEffectiveBalanceElectra caps 0x02 validators (2048 ETH, EIP-7251).
	MaxEffectiveBalanceElectra = 2048 * GweiPerETH
)

// MaxAmount is the largest deposit this package accepts for credentials wc:
// 2048 ETH for compounding (0x02) credentials, 32 ETH otherwise.
//
// The protocol itself accepts any amount and ethstaker-deposit-cli (the
// tool the launchpad links to) allows up to 2048 ETH for every credential
// type, but above 32 ETH a 0x00 validator's excess earns nothing and a 0x01
// validator's excess is merely swept back; only 0x02 can use it. The
// launchpad's own upload check historically rejected anything above 32 ETH.
func MaxAmount(wc [32]byte) uint64 {
	if wc[0] == CompoundingWithdrawalPrefix {
		return MaxEffectiveBalanceElectra
	}
	return MaxEffectiveBalance
}

// CheckAmount reports whether amountGwei is a sensible deposit for
// withdrawal credentials wc: at least 1 ETH and at most MaxAmount(wc).
func CheckAmount(wc [32]byte, amountGwei uint64) error {
	if amountGwei < MinDepositAmount {
		return fmt.Errorf("%s is below the 1 ETH minimum", FormatETH(amountGwei))
	}
	if max := MaxAmount(wc); amountGwei > max {
		return fmt.Errorf("%s is above the %s maximum for 0x%02x credentials",
			FormatETH(amountGwei), FormatETH(max), wc[0])
	}
	return nil
}

// FormatETH renders a Gwei amount in ETH without rounding, e.g. "32 ETH" or
// "1.000000001 ETH".
func FormatETH(gwei uint64) string {
	whole, frac := gwei/GweiPerETH, gwei%GweiPerETH
	if frac == 0 {
		return strconv.FormatUint(whole, 10) + " ETH"
	}
	s := fmt.Sprintf("%d.%09d", whole, frac)
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s + " ETH"
}
