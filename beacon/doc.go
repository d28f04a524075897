// Package beacon is the operator node's client of its beacon nodes: one or
// more nodes speaking the standard Beacon API, behind one small API with
// failover, per-call timeouts, sanity checks and metrics. It is built on
// go-eth2-client's http service.
//
// # Failover
//
// The configured nodes are ranked in the order given. A call goes to the
// first healthy node; if that attempt fails or times out, the next node is
// tried, then the next, all within the caller's context: every attempt has
// its own timeout (Config.Timeout) and never outlives the caller's context.
// Nodes that are demoted are tried last, soonest-recovering first, so a call
// fails only when every node has failed it.
//
// A node that fails an attempt (a transport error, a timeout, a 5xx or other
// non-400 status, a syncing node, or an answer that fails the sanity checks)
// is demoted for a back-off period that doubles with every consecutive
// failure (1 s up to 30 s) and ends with its first success. A failure caused
// by the caller (its context ended; a 400 Bad Request) demotes nobody and is
// not retried on another node: the request would be refused there too.
//
// A node on another network than the one the client started with (different
// genesis validators root or genesis fork version) is refused for good. New
// refuses to start with nodes on different networks.
//
// # Submissions
//
// SubmitAttestations sends the batch to every healthy node at once (to every
// node if none is healthy), the usual practice for attestations: each node
// publishes what it accepts, so more nodes mean faster, more robust
// propagation. The call returns as soon as one node accepts the whole batch;
// the other submissions run on within the caller's context and their own
// timeouts. If no node accepts everything, an attestation counts as
// published when any node accepted it; those rejected by every node that
// answered are listed in a *SubmissionError. Aggregates, sync committee
// messages, contributions and subnet subscriptions also go to every healthy
// node at once; such a call succeeds when one node accepts the whole batch.
//
// # Sanity checks
//
// Every answer is checked before it is returned: malformed JSON, missing
// fields and absurd values (attestation data for another slot, duties
// outside the epoch or for validators not asked about, heads far from the
// wall-clock slot) make the attempt fail with ErrInvalidResponse and the next
// node is tried. A panic while decoding a node's answer is turned into such
// an error.
package beacon
