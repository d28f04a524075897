// Package slashing is the operator node's slashing protection database: a
// bbolt file that records every block and attestation a validator key share
// signs, and refuses any request that could make the validator slashable.
//
// # Contract
//
// The node calls CheckAndRecordAttestations (or CheckAndRecordBlocks) before
// it signs, and signs only the requests that came back with a nil error:
// those were checked against the history and against the requests before
// them in the same batch, and recorded in one bbolt transaction that was
// committed (and synced to disk) before the call returned. A crash at any
// point therefore leaves either no record, and no signature, or a record. Any
// non-nil error is a refusal: errors.Is(err, ErrSlashable) for the rules
// below, another error when the database could not answer. CheckAttestations
// and CheckBlocks apply the same rules and record nothing (for validating a
// consensus proposal).
//
// # Rules
//
// For an attestation (source s, target t, signing root r) of one validator:
//
//   - SourceAfterTarget: s > t is refused.
//   - DoubleVote: a recorded attestation with target t and a different or
//     unknown signing root refuses it. The same source, target and signing
//     root is a repeat: allowed, recorded once. A zero signing root is
//     unknown and never counts as a repeat.
//   - SurroundingVote, SurroundedVote: refused when it surrounds a recorded
//     attestation (s < s' and t > t') or is surrounded by one (s > s' and
//     t < t').
//   - BelowWatermark: refused when t <= the lowest recorded target or s < the
//     lowest recorded source (EIP-3076 conditions 4 and 5), enforced at all
//     times, not only after an import.
//
// For a block at slot n: a recorded block at slot n with a different or
// unknown signing root refuses it (DoubleProposal, the same root is a
// repeat); n <= the lowest recorded slot refuses it (BelowWatermark, EIP-3076
// condition 2).
//
// # What is kept
//
// Per validator the database keeps the AttestationWindow attestations with
// the highest targets and the BlockWindow blocks with the highest slots,
// with their signing roots, and one low watermark per kind that stands for
// everything older: when a record leaves the window, or when an interchange
// is imported, the watermark becomes the component-wise maximum of itself
// and what it absorbs. The watermark acts as a record with an unknown signing
// root, so the rules above apply to it unchanged: whatever it absorbed can
// no longer be repeated, and nothing at or below it can be signed. This is
// EIP-3076's minimal strategy for what is old, and a complete one for the
// recent window, where late or repeated requests are answered exactly.
// Checks cost O(window) per request with no history scan, and each
// validator's state is one fixed-size value (211 bytes for attestations), so
// the database does not grow with time and a batch of 10,000 validators
// rewrites about 790 pages (3 MB) in one transaction (see the benchmarks).
// For comparison, a bucket per validator keyed by target epoch, holding 512
// epochs of history, was measured at 23,000 pages (94 MB) per such batch:
// every validator's history dirties at least one page of its own.
//
// # Interchange
//
// Import reads an EIP-3076 interchange (version 5; complete or minimal,
// signing roots optional) in one transaction: all or nothing. It refuses a
// file for another genesis validators root. For each validator present in
// the file it raises the watermark to the maximum slot, source and target
// found in the file, in the recent window and in the watermark, and drops the
// recent window: the safest merge, idempotent, and the behaviour the
// interchange test vectors expect of a minimal database (their
// should_succeed answers). Slashable data inside a file is accepted: it is
// collapsed into the watermark, which is safe. Export writes what is kept:
// per validator the watermark as a record without signing root, then the
// recent records with their roots.
//
// # Layout
//
// Bucket "meta" holds the genesis validators root and the schema version;
// buckets "attestations" and "blocks" map a 48-byte public key to that
// validator's encoded state (watermark and recent window).
package slashing
