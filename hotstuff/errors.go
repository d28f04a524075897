package hotstuff

import "errors"

// Validation errors. Handle and DecodeMessage wrap one of these (test with
// errors.Is), so the caller can count them per peer and score peers. None of
// them is fatal: the message is dropped and the instance carries on.
var (
	// ErrMalformed: the bytes or fields do not form a valid message of the
	// kind (wrong lengths, fields set that the kind forbids, trailing bytes,
	// a value whose hash does not match).
	ErrMalformed = errors.New("hotstuff: malformed message")
	// ErrTooLarge: a value or signature exceeds the configured Limits.
	ErrTooLarge = errors.New("hotstuff: message too large")
	// ErrWrongInstance: the message is for another instance key.
	ErrWrongInstance = errors.New("hotstuff: wrong instance key")
	// ErrUnknownSender: From is not an operator of the cluster.
	ErrUnknownSender = errors.New("hotstuff: unknown sender")
	// ErrFromSelf: the message claims to come from this very node.
	ErrFromSelf = errors.New("hotstuff: message from self")
	// ErrBadSignature: the sender's signature does not verify.
	ErrBadSignature = errors.New("hotstuff: bad signature")
	// ErrBadCertificate: a quorum certificate is invalid (too few signers,
	// a bad signature, wrong phase or view).
	ErrBadCertificate = errors.New("hotstuff: bad certificate")
	// ErrStaleView: the message is for a view this node has left.
	ErrStaleView = errors.New("hotstuff: stale view")
	// ErrFarFuture: the message is for a view too far ahead to buffer.
	ErrFarFuture = errors.New("hotstuff: view too far ahead")
	// ErrBufferFull: the sender already has the maximum number of messages
	// buffered for future views.
	ErrBufferFull = errors.New("hotstuff: per-peer buffer full")
	// ErrNotLeader: a proposal from someone other than the view's leader.
	ErrNotLeader = errors.New("hotstuff: proposal from non-leader")
	// ErrEquivocation: the sender sent two different proposals or votes for
	// the same view and phase. The second one is ignored.
	ErrEquivocation = errors.New("hotstuff: equivocation")
	// ErrDuplicate: the message repeats one already processed, or is no
	// longer needed (a vote after its certificate formed, anything but a
	// new-view after the decision). Benign.
	ErrDuplicate = errors.New("hotstuff: duplicate")
	// ErrInvalidValue: the proposed value does not decode or the Validate
	// hook rejected it.
	ErrInvalidValue = errors.New("hotstuff: invalid value")
	// ErrUnsafe: the proposal conflicts with this node's lock and its
	// justification is not newer than the lock; no vote.
	ErrUnsafe = errors.New("hotstuff: proposal conflicts with lock")
	// ErrStopped: the instance gave up at its deadline.
	ErrStopped = errors.New("hotstuff: instance stopped")
	// ErrPersist: the persistence hook failed, so the vote was not sent.
	ErrPersist = errors.New("hotstuff: persist failed")
)
