// Package hotstuff is KeyStake's consensus core: a single-shot, deadline-bound
// HotStuff-2 (Malkhi and Nayak, 2023) with which the n = 3f+1 operators of a
// cluster agree on exactly one value (attestation data, a block, an
// aggregate) for one Key (cluster, slot, duty) before anyone signs it.
//
// The package does no I/O and reads no clock. An Instance is driven by
// Start(now), Handle(msg, now) and Tick(now); everything else is injected
// through Config: the transport (Send, Broadcast), the identity-key Sign
// and Verify, the duty layer's Validate hook, the node's own candidate
// (Propose), durable storage (Persist), the Decide callback and a timer
// request (SetTimer). The same inputs produce the same outputs, which is
// what lets package hotstuff/sim check it over many thousands of seeded
// adversarial runs.
//
// # Protocol
//
// Views are numbered from 1 and bound to the wall clock (see Schedule):
// view v starts at Start + Base*(v-1)*v/2 and lasts Base*v, so every
// operator computes the same view from the same time, whenever it joined
// or restarted. The leader of view v is (sha256(domain, key) + v - 1) mod n:
// a uniform, unpredictable first leader per instance, then rotation, so
// the view after a crashed leader's has another leader. In a
// view:
//
//  1. The leader proposes a value with a justification: the highest
//     prepare certificate whose value it knows (its value is then the one
//     proposed), or none (then it proposes its own candidate).
//  2. A node votes prepare for the proposal if the value passes Validate
//     and the proposal is safe: the node has no lock, or the value is the
//     locked value, or the justification's view is above the lock's view.
//  3. Votes go to everyone. A node that collects 2f+1 prepare votes (a
//     prepare certificate) of its current view, once it has processed that
//     view's proposal (so that its own prepare vote, which others may need,
//     went first), locks on it and votes commit. The commit vote does not
//     depend on Validate: f+1 correct operators already validated the
//     value, and the duty layer checks slashing again before signing.
//  4. 2f+1 commit votes of one view (a commit certificate) decide. The
//     deciding node broadcasts the value with the certificate (KindDecided)
//     so that others decide at once, and answers any later new-view the
//     same way.
//
// On entering a view >= 2 (and after a restart) a node broadcasts a
// new-view carrying its lock, the locked value and the last view it voted
// in. The new leader proposes
//   - at once if it holds a prepare certificate of the previous view
//     (HotStuff-2's responsive view change),
//   - at once if 2f+1 new-views report no vote after the view of its best
//     justification (then no newer certificate can exist: a certificate
//     needs 2f+1 votes, and at least f+1 honest operators of that quorum
//     cast none; this is the common "leader crashed" case),
//   - at once if it has every operator's new-view,
//   - otherwise once it has 2f+1 new-views and the grace period
//     ViewStart(v) + Wait*(v-1) has passed (HotStuff-2's wait for the
//     highest lock of every correct operator).
//
// Votes are sent to all operators rather than to the leader: for n <= 13
// the n² messages are cheap and every node forms the certificates itself,
// so the happy path decides in 3 one-way delays (proposal, prepare votes,
// commit votes) instead of 5 with a collecting leader, and a crashed
// leader costs one view timeout plus 4 delays.
//
// Why HotStuff-2 and not Basic HotStuff: two voting phases instead of three
// (one round trip less per decision, which matters against the 4 s
// attestation deadline) while keeping a simple, checkable view change.
// HotStuff-2 gets away with two phases because a leader that does not
// hold the previous view's certificate waits to hear every correct
// operator's lock; here that wait is usually skipped by the quiet-quorum
// rule above, and is bounded by the grace period otherwise. Proposals carry
// only the highest certificate, not a certificate of 2f+1 timeouts: in this
// single-shot setting the voting rule is checked against that certificate,
// so a timeout certificate would add size and nothing to safety.
//
// # Safety
//
// Agreement: no two correct operators decide differently, whatever the
// network does and whatever up to f operators do.
//
// (a) In one view, at most one value gets a prepare certificate and at
// most one a commit certificate: two quorums of 2f+1 among 3f+1 share at
// least f+1 operators, so at least one correct operator, and a correct
// operator casts at most one vote per (view, phase). That last fact
// survives crashes because the vote (view, phase) is persisted before the
// vote is sent, and a node only votes at a (view, phase) strictly after the
// persisted one.
//
// (b) Suppose a commit certificate for x forms in view v. Its 2f+1 signers
// include a set S of at least f+1 correct operators, each of which locked
// on the prepare certificate of (v, x), and persisted that lock, before
// sending its commit vote. Claim: every prepare certificate of a view
// w >= v is for x. By induction on w: for w = v by (a). For w > v, a
// prepare certificate in w needs 2f+1 prepare votes, hence one from some
// correct s in S (quorum intersection). s voted in w after its commit vote
// in v, so its lock L then had view >= v; it had view < w (a node casts
// no prepare vote in a view it has locked in) and so, by the induction
// hypothesis (locks only move up), value x. s
// voted for value y either because y equals the locked value x, or because
// the proposal's justification J has view > L.view >= v; J is a prepare
// certificate of a view in (v, w), for x by hypothesis, and a proposal's
// value must equal its justification's value, so y = x.
//
// (c) A decision in view w' >= v needs a prepare certificate in w' (correct
// nodes vote commit only with one), so it is for x; decisions in views
// below v are covered by exchanging the roles. Decisions received as
// KindDecided carry a verified commit certificate, so the same holds.
//
// None of the leader's rules (when and what to propose) matter for safety:
// a Byzantine leader may propose anything at any time, and the voting rule
// alone protects the lock. The argument uses only: one vote per (view,
// phase) per correct node
// (persisted first), locking before the commit vote (persisted with it),
// the voting rule, and quorum intersection. Locks are only raised to
// certificates of the node's current view; a node never adopts a late
// certificate of an older view as its lock, which keeps the lock it
// announced in its new-view valid for the rest of the view (liveness).
// The simulator's mutation test disables the voting rule's lock check and
// finds a run in which two correct nodes decide different values.
//
// Validity: a decided value got a prepare certificate, so at least f+1
// correct operators had it pass Validate.
//
// # Liveness
//
// Assume at most f faulty operators, clock skew s and, after some global
// stabilisation time GST, message delay at most d, with
// Wait >= d + 2s. Take a view v that starts after GST, led by a correct
// operator, with Base*v > Wait*(v-1) + 4d + 2s (always true for the
// defaults and any sane d). All correct operators enter v within s and
// broadcast their locks; the leader hears all of them before the grace
// period ends, or learns that no newer certificate exists, or holds the
// previous view's certificate, so its justification is at least every
// correct lock, and correct locks do not move before they vote in v. All
// correct operators vote prepare, lock, vote commit and decide within the
// view; correct operators that decided earlier answer new-views with the
// decision. Views grow by Base each time, so eventually they outlast any d.
// The instance gives up at Schedule.Deadline.
//
// # Identity keys
//
// Messages and votes are signed with the operators' identity keys through
// the injected Sign and Verify. The package provides ed25519 (from the
// standard library): deterministic signatures (no nonce to get wrong),
// 64 bytes, verification around 50-60 µs on the project's machine, no
// dependency. secp256k1 would match Ethereum and libp2p identities (Charon
// uses it) but needs a third-party library and verifies slower; libp2p
// supports ed25519 peer keys equally. A certificate is a signer bitmap plus
// the 2f+1 ed25519 signatures: at n = 4..13 verifying 3..9 ed25519
// signatures (measured 0.2-0.6 ms, BenchmarkVerifyQC) is cheaper than one
// BLS aggregate verification (two pairings, about 1 ms with blst on the
// same machine), needs no pairing library, and certificates are verified
// once and cached by digest.
//
// # Message validation
//
// Handle runs every check before any state changes: structure and size
// limits (Limits, also enforced by DecodeMessage), instance key, sender is
// an operator and not this node, view window, signature, certificates.
// Messages for up to Limits.MaxFutureViews views ahead are buffered, at
// most Limits.MaxBufferedPerPeer per sender and only after their signature
// verifies; farther ones are dropped. Messages of past views are dropped
// (votes of the previous view still count: a late commit certificate
// decides). Duplicates and replays are detected and harmless; conflicting
// proposals or votes from one sender are counted as equivocations and
// ignored. Errors are values (ErrBadSignature, ErrFarFuture, ...) so the
// caller can score peers.
//
// # Values
//
// Instance is generic over the value type V with a caller-supplied Codec;
// a value is identified by the SHA-256 of its canonical encoding. Votes and
// certificates carry only that hash; proposals, new-views with a lock and
// decisions carry the encoding, bounded by Limits.MaxValueSize (1 MiB by
// default). For blocks, decide on a blinded block or a hash and fetch the
// body alongside.
package hotstuff
