package sim

import (
	"time"

	"github.com/keystake/keystake/hotstuff"
)

func hotstuffLeader(k hotstuff.Key, v, n int) int { return hotstuff.Leader(k, hotstuff.View(v), n) }

func ms(x int64) time.Duration { return time.Duration(x) * time.Millisecond }
