package beacon

import (
	"errors"
	"testing"

	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
)

func TestCheckProposerDuties(t *testing.T) {
	spec := &Spec{SlotsPerEpoch: 8}
	duty := func(slot phase0.Slot, v phase0.ValidatorIndex) *apiv1.ProposerDuty {
		return &apiv1.ProposerDuty{Slot: slot, ValidatorIndex: v}
	}
	asked := []phase0.ValidatorIndex{3, 4}
	got, err := checkProposerDuties(spec, 1, asked, []*apiv1.ProposerDuty{duty(8, 1), duty(9, 3), duty(10, 2), duty(15, 4)})
	if err != nil || len(got) != 2 || got[0].Slot != 9 || got[1].Slot != 15 {
		t.Fatalf("kept %v (%v), want the duties of validators 3 and 4", got, err)
	}
	for name, duties := range map[string][]*apiv1.ProposerDuty{
		"null":          {nil},
		"outside epoch": {duty(16, 3)},
		"slot twice":    {duty(9, 3), duty(9, 4)},
	} {
		if _, err := checkProposerDuties(spec, 1, asked, duties); !errors.Is(err, ErrInvalidResponse) {
			t.Errorf("%s: %v, want ErrInvalidResponse", name, err)
		}
	}
}
