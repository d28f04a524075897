package beacon

import (
	"errors"
	"testing"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

func TestCheckSyncDuties(t *testing.T) {
	duty := func(v phase0.ValidatorIndex, positions ...phase0.CommitteeIndex) *apiv1.SyncCommitteeDuty {
		return &apiv1.SyncCommitteeDuty{ValidatorIndex: v, ValidatorSyncCommitteeIndices: positions}
	}
	asked := []phase0.ValidatorIndex{1, 2}
	tests := []struct {
		name   string
		duties []*apiv1.SyncCommitteeDuty
		ok     bool
	}{
		{"two members", []*apiv1.SyncCommitteeDuty{duty(1, 0, 511), duty(2, 7)}, true},
		{"none", nil, true},
		{"null duty", []*apiv1.SyncCommitteeDuty{nil}, false},
		{"not asked", []*apiv1.SyncCommitteeDuty{duty(3, 0)}, false},
		{"twice", []*apiv1.SyncCommitteeDuty{duty(1, 0), duty(1, 1)}, false},
		{"no position", []*apiv1.SyncCommitteeDuty{duty(1)}, false},
		{"position beyond the committee", []*apiv1.SyncCommitteeDuty{duty(1, 512)}, false},
	}
	for _, tt := range tests {
		err := checkSyncDuties(asked, tt.duties)
		if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrInvalidResponse) {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}
