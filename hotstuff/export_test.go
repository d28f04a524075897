package hotstuff

// SkipLockCheck is the test-only mutation knob: the instance votes for any
// valid proposal, ignoring its lock. Exposed to this directory's tests only.
func SkipLockCheck[V any](in *Instance[V]) { in.skipLockCheck = true }
