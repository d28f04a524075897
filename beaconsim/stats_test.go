package beaconsim

import "testing"

func TestRejectionLogIsBounded(t *testing.T) {
	var st simState
	for i := range maxRejections + 10 {
		st.logRejection(Rejection{Slot: uint64(i)})
	}
	s := &Sim{st: st}
	got := s.Rejections()
	if len(got) != maxRejections || got[0].Slot != 10 || got[len(got)-1].Slot != maxRejections+9 {
		t.Fatalf("ring holds %d, first %d, last %d", len(got), got[0].Slot, got[len(got)-1].Slot)
	}
}
