// Package p2p is the network between the operators of a cluster: one libp2p
// host per operator node, connected to the other operators and to nobody
// else.
//
// # Identity and admission
//
// An operator's identity is its ed25519 key (cluster.json's
// operators[].identity_public_key); its libp2p peer ID embeds that key
// (PeerIDFromIdentityKey). A Node is given the pinned set of peers (Config.Peers,
// replaced at runtime with SetPeers) and its connection gater admits only
// them: dials to other peers are refused before dialing, and an inbound
// connection is dropped right after the Noise handshake has authenticated
// the remote key, before any stream is accepted. Refusals are counted
// (keystake_p2p_connections_refused_total). So every message a Handler sees
// comes from a pinned operator; its content is for the caller to validate.
//
// Transports are TCP (Noise, yamux) and QUIC (TLS 1.3 with the libp2p
// certificate extension, QUIC's own streams). There is no relay, NAT
// traversal, mDNS or DHT: the set of peers is closed and their addresses
// are configured.
//
// # Reconnection
//
// A maintenance loop dials every pinned peer that has addresses and is not
// connected, on the Backoff schedule (DefaultBackoff: 250 ms doubling to
// 2 s with 20% jitter). The schedule counts dials until a connection has
// lasted StableConnection, so a peer that hangs up right after the
// handshake (it runs an older cluster definition that lacks this node)
// does not cause a dial loop; losing a stable connection triggers an
// immediate redial. The swarm's own per-address dial backoff is bypassed
// so that a restarted peer is found at the next scheduled dial. Connected
// peers are pinged every PingInterval for the RTT shown by Peers.
//
// # Messages
//
// Each purpose has its own protocol (ProtocolConsensus, ProtocolPartials,
// or any registered with Config.Protocols or Register), with a size limit
// and a Handler. A message is one frame: its length as a minimal uvarint,
// then its bytes. A frame over the protocol's limit, or with a malformed
// length, resets the stream before anything is allocated for it and is
// counted (keystake_p2p_frame_errors_total); nothing reaches the handler.
//
// Outbound, each (peer, protocol) has one long-lived stream and a bounded
// queue (Config.QueueSize) drained by its own goroutine, which writes
// whatever is queued in one flush. Send and Broadcast only enqueue, so a
// slow or dead peer delays nobody else; when a queue is full the oldest
// message is dropped (fresh consensus messages matter more than stale
// ones), and messages to a peer that is not connected are dropped at once.
// All drops are counted by reason (keystake_p2p_messages_dropped_total).
// A stream that fails is reset and reopened once for the same batch; a
// write that times out (Config.WriteTimeout) drops the batch. Delivery is
// thus best effort, in order per (peer, protocol) while a stream lives,
// with rare duplicates after a failure: what package hotstuff assumes of
// its transport.
//
// Long-lived streams rather than one stream per message: on the project's
// 2-core machine over loopback a 200-byte round trip takes 21-28 µs (TCP)
// and 32-41 µs (QUIC) on kept streams, against 245-300 µs with a new
// stream per message (stream opening and multistream-select, ~400
// allocations); see the benchmarks in bench_test.go.
//
// Inbound, each stream has a reader goroutine that calls the protocol's
// Handler for each frame in order; see Handler for what that implies.
//
// # Observability
//
// Peers returns each pinned peer's index, ID, connection state, remote
// addresses and RTT (for a status line and readiness checks). Metrics are
// registered on Config.Metrics under keystake_p2p_*, peers labelled by
// operator index. Logs go to Config.Logger with the peer index and
// protocol as fields, once per event.
package p2p
