// Package beaconsim is a beacon node simulator: a real HTTP server speaking
// the standard Ethereum Beacon API at the Electra fork, so that a validator
// client (KeyStake's operator node, through go-eth2-client's HTTP client)
// talks to it exactly as to Prysm or Lighthouse. It is the embedded beacon
// node of tests and of `keystake devnet`.
//
// It is meant to be an honest judge: every submitted attestation, RANDAO
// reveal and published block is checked with blst against a signing root
// the simulator computes itself (ssz.go is its own hash_tree_root code for
// AttestationData, Checkpoint, ForkData, SigningData, BeaconBlockHeader and
// the validator registry, and the transactions and withdrawals roots of
// blinded payloads, cross-checked against go-eth2-client and
// dynamic-ssz in ssz_test.go; only block bodies are rooted with
// go-eth2-client), against the duties it handed out and the chain it built;
// slashable votes and double proposals are detected and recorded, never
// silently dropped.
//
// # Use
//
//	sim, err := beaconsim.New(beaconsim.Config{Validators: vals, SlotDuration: time.Second, SlotsPerEpoch: 8})
//	err = sim.Start(ctx)       // listens on 127.0.0.1:0 by default
//	client := sim.URL()        // http://127.0.0.1:port
//	defer sim.Close()
//	... sim.Stats(), sim.EpochStats(e), sim.Attestation(e, v), sim.Inclusion(e, v),
//	    sim.Rejections(), sim.Slashings(), sim.Block(slot), sim.Head(), sim.Checkpoints(),
//	    sim.ProposerDuty(slot), sim.Proposal(slot), sim.FeeRecipient(v),
//	    sim.SlotDuties(slot), sim.Aggregators(slot), sim.Contributions(slot), sim.SyncCommittee()
//
// Tests give Config.Clock a FakeClock: slot boundaries, the timeliness of
// submissions, fault windows and injected latency all read that clock, and
// FakeClock.BlockUntil tells a test when a goroutine is parked on it.
//
// # Endpoints
//
//	GET  /eth/v1/node/version, /eth/v1/node/syncing (always synced), /eth/v1/node/health
//	GET  /eth/v1/beacon/genesis
//	GET  /eth/v1/config/spec, /eth/v1/config/fork_schedule, /eth/v1/config/deposit_contract
//	GET  /eth/v1/beacon/states/{state_id}/fork, .../finality_checkpoints
//	GET  /eth/v1/beacon/states/{state_id}/validators (id=, status=), .../validators/{validator_id}
//	POST /eth/v1/beacon/states/{state_id}/validators ({"ids":[...],"statuses":[...]})
//	GET  /eth/v1/beacon/headers/{block_id}, /eth/v2/beacon/blocks/{block_id} (JSON), /eth/v1/beacon/blocks/{block_id}/root
//	POST /eth/v1/validator/duties/attester/{epoch}
//	GET  /eth/v1/validator/duties/proposer/{epoch} (empty unless Config.ValidatorProposals)
//	GET  /eth/v3/validator/blocks/{slot}?randao_reveal=&graffiti=&skip_randao_verification&builder_boost_factor=
//	POST /eth/v2/beacon/blocks?broadcast_validation=, /eth/v1/beacon/blocks (SignedBlockContents, JSON or SSZ)
//	POST /eth/v2/beacon/blinded_blocks?broadcast_validation=, /eth/v1/beacon/blinded_blocks (SignedBlindedBeaconBlock)
//	GET  /eth/v1/validator/attestation_data?slot=&committee_index= (the current slot only, as Prysm)
//	POST /eth/v2/beacon/pool/attestations (Electra SingleAttestation), GET (pool, Electra form)
//	GET  /eth/v1/events?topics=head,block,finalized_checkpoint (server-sent events)
//	POST /eth/v1/validator/liveness/{epoch}
//	POST /eth/v1/validator/prepare_beacon_proposer (fee recipients, kept for produced blocks)
//	POST /eth/v1/validator/beacon_committee_subscriptions (aggregator announcements kept)
//	GET  /eth/v2/validator/aggregate_attestation?slot=&attestation_data_root=&committee_index=
//	POST /eth/v2/validator/aggregate_and_proofs (Electra SignedAggregateAndProof)
//	POST /eth/v1/validator/duties/sync/{epoch}, /eth/v1/validator/sync_committee_subscriptions (accepted, no effect)
//	POST /eth/v1/beacon/pool/sync_committees (SyncCommitteeMessage)
//	GET  /eth/v1/validator/sync_committee_contribution?slot=&subcommittee_index=&beacon_block_root=
//	POST /eth/v1/validator/contribution_and_proofs (SignedContributionAndProof)
//	POST /eth/v1/beacon/pool/voluntary_exits (verified, pooled: Sim.VoluntaryExits)
//	POST /eth/v1/validator/register_validator (builder registrations, verified: Sim.Registrations)
//	GET  /metrics (Prometheus)
//
// Ids follow the Beacon API: head, genesis, finalized, justified, a slot, a
// 0x root. Unknown endpoints, blocks and states answer 404 with the
// standard {"code","message"} body. Everything is JSON; SSZ is never served
// (the Accept header allows falling back to JSON), and accepted only as a
// block publication body (Content-Type application/octet-stream, which
// go-eth2-client's SubmitProposal sends unless told to enforce JSON). A full BeaconState is not
// served, so go-eth2-client's Validators must be called with indices or
// public keys.
//
// # Network
//
// Every fork through Electra is at epoch 0 (fork versions from
// Config.Forks, DefaultForkVersions by default); Fulu is announced at
// FAR_FUTURE_EPOCH and left out of the fork schedule. The state's fork is
// {Electra, Electra, 0}, as the spec's Electra genesis has it. The genesis
// validators root is hash_tree_root of the genesis registry built from
// Config.Validators (withdrawal credentials default to 0x00 ||
// sha256(pubkey)[1:]), unless Config.GenesisValidatorsRoot overrides it.
// The spec endpoint serves the mainnet preset with the configured
// SLOTS_PER_EPOCH.
//
// Slot duration: SLOT_DURATION_MS (the key current consensus-specs configs
// carry, preferred by recent clients) is always served. SECONDS_PER_SLOT is
// an integer and is served only when the slot duration is a whole number of
// seconds; for sub-second slots it is omitted, not rounded, so that
// go-eth2-client's SlotDuration fails loudly (ErrIncorrectType) instead of
// returning a wrong duration, and clients that support short slots read
// SLOT_DURATION_MS.
//
// # Chain
//
// At most one block per slot; no forks, no reorgs. By default the simulator
// makes every block itself at the slot's start (unless Config.MissedSlots
// says the slot is empty); with Config.ValidatorProposals the slots
// Config.ProposedSlots selects (every slot after genesis by default) get
// their block from their proposer instead (see Block proposals). The
// simulator's blocks are made by a slot loop (so that head and block events
// go out on time) and also lazily, by every request and report method, so a
// FakeClock test never waits for the loop. A block's root is the
// hash_tree_root of its header; its body (a full Electra body with an
// execution payload without transactions) is rooted with go-eth2-client's
// BeaconBlockBody.HashTreeRoot, so a block fetched from
// /eth/v2/beacon/blocks hashes to the root announced everywhere. State
// roots are stand-ins: sha256 of a tag, the slot, the parent root and the
// body root. The simulator's own blocks are not signed: signature, RANDAO
// reveal and sync aggregate signature are the G2 point at infinity;
// published blocks carry their proposer's signature and RANDAO reveal.
//
// Each block includes up to MAX_ATTESTATIONS_ELECTRA (8) on-chain
// aggregates of accepted attestations from earlier slots of the current and
// previous epoch, one per distinct data, spanning committees as Electra's
// compute_on_chain_aggregate does (committee_bits of 64 bits, aggregation
// bits concatenated in committee order, aggregate signature).
//
// Justification and finalization follow process_justification_and_finalization
// at each epoch boundary, counting the effective balance of validators whose
// attestation targeting the epoch is included: an epoch with 2/3 of the
// active balance is justified and the spec's four finality rules apply.
// Attestation data carries head = the latest block at or before the slot,
// target = the epoch's boundary block, source = the justified checkpoint as
// of the epoch's start.
//
// # Duties
//
// Each active validator has exactly one attester duty per epoch. Committee
// counts are the spec's: committees_per_slot = max(1, min(64,
// active/SLOTS_PER_EPOCH/128)), committee sizes split the epoch's shuffled
// active set as compute_committee does. The shuffle is a seeded Fisher-Yates
// permutation, not the spec's swap-or-not, so memberships differ from a
// real chain's. Duties are served up to one epoch ahead; dependent_root is
// the block root at the last slot of epoch-2.
//
// The proposer of a slot (nominal in the simulator's own blocks) is
// active[LE64(sha256("beaconsim/proposer" || genesis_validators_root ||
// LE64(slot))[:8]) mod len(active)], active being the validators active in
// the slot's epoch in index order: a deterministic function of the network
// and the slot, not the spec's compute_proposer_index, and independent of
// the chain. Proposer duties, one per validator-proposed slot of the epoch
// (none without Config.ValidatorProposals), are served up to one epoch
// ahead, with dependent_root = the block root at the last slot of epoch-1
// (the genesis block root for epoch 0).
//
// # Attestation submissions
//
// The request must carry Eth-Consensus-Version: electra and a non-empty JSON
// array of SingleAttestation, or it is a 400 as a whole. Each element is then
// judged on its own, in this order:
//
//  1. decoded strictly (decimal strings, exact-length 0x hex);
//  2. attester_index in the registry, signature a valid G2 point in the
//     subgroup;
//  3. signature verified (min-pk, DST BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_)
//     over compute_signing_root(data, compute_domain(DOMAIN_BEACON_ATTESTER,
//     Electra version, genesis validators root)). Elements signing the same
//     root (all attesters of a slot, since Electra) are verified together by
//     a random linear combination (two pairings per group); a failing group
//     is re-verified one by one, so failures are exact;
//  4. slashing detection against everything the validator validly signed
//     before (double vote: same target, different data; surround vote);
//     a slashable element is recorded (Slashings, metric) and rejected;
//  5. consistency with the simulated chain: data.index 0, committee_index
//     below 64, target epoch = epoch of the slot, slot started (within the
//     clock disparity: MAXIMUM_GOSSIP_CLOCK_DISPARITY, at most a quarter
//     slot) and in the current or previous epoch, validator active, duty at
//     exactly that slot and committee, head a known block at or before the
//     slot, target the epoch's boundary block, source the epoch's justified
//     checkpoint.
//
// Valid elements are accepted even when others fail; a resubmission of an
// accepted attestation is accepted again and changes nothing. Failures are
// reported as HTTP 400 with {"code":400,"message":...,"failures":[{"index":i,
// "message":"<reason>: <detail>"}]}, where reason is one of decode,
// unknown_validator, bad_signature, slashable, bad_index, bad_target_epoch,
// future_slot, too_old, inactive, no_duty, unknown_head, wrong_target,
// wrong_source.
//
// # Aggregation
//
// The aggregate attestation of a committee is built on request from the
// accepted attestations of its members with the asked data root: one
// committee bit, aggregation bits over the committee, the aggregate of
// their signatures. A beacon committee subscription with is_aggregator true
// that matches the validator's attester duty announces an aggregator, due
// at that slot (SlotDuties.AggregatesDue): the simulator holds no keys, so
// it cannot tell aggregators by itself.
//
// Aggregate submissions (Eth-Consensus-Version: electra, a non-empty JSON
// array of SignedAggregateAndProof, or a 400 as a whole) are judged element
// by element, in this order: decode; unknown_validator (aggregator);
// bad_index (committee_bits with exactly one bit, data.index 0, an existing
// committee); the timeliness of attestations (bad_target_epoch,
// future_slot, too_old); no_duty (the aggregator sits in that committee at
// that slot); bad_aggregation_bits (as many bits as the committee has
// members, at least one set); the votes (unknown_head, wrong_target,
// wrong_source); then, without the simulator's lock, bad_selection_proof
// (the slot signed with DOMAIN_SELECTION_PROOF), not_aggregator (the
// spec's is_aggregator: modulo max(1, committee length /
// TARGET_AGGREGATORS_PER_COMMITTEE) on the first 8 bytes, little-endian,
// of sha256 of the proof), bad_signature (the AggregateAndProof under
// DOMAIN_AGGREGATE_AND_PROOF) and bad_aggregate_signature (the members the
// bits name, over the data under DOMAIN_BEACON_ATTESTER). A resubmission
// of an accepted aggregate is accepted again without checks; an
// aggregator's first accepted aggregate of a slot is the one counted.
// Aggregates are not fed to the slashing detector.
//
// # Sync committee
//
// One sync committee serves the whole run: SYNC_COMMITTEE_SIZE (512) seats
// drawn with replacement from the validators active at genesis (seat i
// goes to active[LE64(sha256("beaconsim/sync" || genesis_validators_root
// || LE64(i))[:8]) mod len(active)]), in SYNC_COMMITTEE_SUBNET_COUNT (4)
// subcommittees of 128. Deviations from mainnet: the committee never
// rotates (EPOCHS_PER_SYNC_COMMITTEE_PERIOD is not applied) and the draw is
// uniform, not the spec's balance-weighted swap-or-not sampling. The sizes
// are the mainnet preset's, not scaled down: clients' SSZ types fix them
// (a contribution's aggregation bits are a Bitvector[128]). A small network
// still has members, because the spec's sampling draws with replacement:
// with fewer than 512 validators every active one holds several seats,
// often in every subcommittee (hence several selection proofs and possible
// contributions per slot); with 10,000 validators about one in twenty sits
// in the committee. Sync duties list each member's seats for any epoch up
// to a period ahead.
//
// Sync committee messages (a non-empty JSON array, or a 400 as a whole) are
// judged element by element: decode; unknown_validator; no_duty (an active
// member); future_slot or too_old (the current slot, with the clock
// disparity either way, as gossip has it); unknown_head (beacon_block_root
// a block at or before the slot); duplicate (a member's second, different
// message of a slot; a repeat of the accepted one is accepted again);
// bad_signature (the block root under DOMAIN_SYNC_COMMITTEE; messages over
// the same root are verified together, then one by one if that fails).
//
// The contribution of a subcommittee is built on request from the accepted
// messages of its seats' holders for the asked slot and root; a member
// holding several seats of it has every one of its bits set and its
// signature counted once per seat, as process_sync_aggregate verifies.
// Contribution submissions are judged: decode; unknown_validator; bad_index
// (subcommittee below 4); no_duty (the aggregator holds a seat of the
// subcommittee); future_slot or too_old; unknown_head; no_participants;
// then bad_selection_proof (SyncAggregatorSelectionData under
// DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF), not_aggregator (modulo
// SYNC_COMMITTEE_SIZE / SYNC_COMMITTEE_SUBNET_COUNT /
// TARGET_AGGREGATORS_PER_SYNC_SUBCOMMITTEE = 8), bad_signature (the
// ContributionAndProof under DOMAIN_CONTRIBUTION_AND_PROOF) and
// bad_aggregate_signature (the seats the bits name, over the block root).
// Which members are sync aggregators only their keys tell, so the
// simulator counts accepted contributions but not due ones; tests that
// hold the keys compute those.
//
// SlotDuties and EpochStats count, per slot and epoch, aggregators
// announced and aggregates accepted, sync messages due and accepted,
// contributions accepted, and the rejections of each kind (accounted to
// the slot a submission claims when within an epoch of the current one).
//
// # Block proposals
//
// With Config.ValidatorProposals, a validator-proposed slot is opened at its
// start with no block. Its proposer fetches a block from
// /eth/v3/validator/blocks/{slot}, signs it and publishes it; the first
// valid block imported before the slot's proposal deadline
// (Config.ProposalDeadline, a third of the slot by default) becomes the
// slot's block and the head, and the head and block events go out. At the
// deadline (the slot loop wakes for it; report methods and requests also
// close it lazily) a slot without a valid block is closed as a missed
// proposal and stays empty, as on a real chain: the simulator never makes a
// block in a proposer's place. Proposal(slot) and the epoch stats tell
// why: not_produced, not_published, or "rejected: <reason of the last
// rejected publication>".
//
// Production (produceBlockV3) answers 400 unless the slot is the current or
// the next one, is validator-proposed, its deadline has not passed, and
// randao_reveal (96-byte hex) is the proposer's valid signature over the
// slot's epoch with DOMAIN_RANDAO (with skip_randao_verification it must be
// the point at infinity instead). graffiti is optional (32-byte hex);
// builder_boost_factor must be decimal when given (0 asks for a full block
// even with Config.Builder; other values are otherwise ignored). The
// block: the slot's proposer, parent = the latest block before the slot
// (the head), the simulator's state root, the reveal, the graffiti, up to
// MAX_ATTESTATIONS_ELECTRA aggregates from the pool (left in the pool until
// a block including them is imported), and an execution payload paying the
// fee recipient prepare_beacon_proposer registered for the proposer
// (Config.DefaultFeeRecipient otherwise). The answer is
// {"version":"electra","execution_payload_blinded":false,
// "execution_payload_value":"0","consensus_block_value":"0",
// "data":{"block","kzg_proofs":[],"blobs":[]}} with the matching
// Eth-Consensus-Version, Eth-Execution-Payload-Blinded,
// Eth-Execution-Payload-Value and Eth-Consensus-Block-Value headers, which
// is what go-eth2-client's Proposal reads. With Config.Builder (and a
// builder_boost_factor other than 0) the block is blinded instead:
// execution_payload_blinded true and data the BlindedBeaconBlock, whose
// execution payload header carries the transactions and withdrawals roots
// ssz.go computes, so that it has the full block's root; the simulator
// plays the builder and reveals the payload when the signed blinded block
// is published on the blinded_blocks endpoints, which judge it exactly as
// below (decoding a SignedBlindedBeaconBlock instead).
//
// Publication (v2 requires Eth-Consensus-Version: electra; v1 takes it
// optionally; broadcast_validation, if given, must be gossip, consensus or
// consensus_and_equivocation, and every check below applies whatever it
// says) is judged in this order, each failure a 400 {"code":400,"message":
// "<reason>: <detail>"} recorded as a rejection (Rejections, metrics, and
// the ProposalRecord of the slot when it has started or is the next one):
//
//  1. decode: the version header, broadcast_validation, the body as Electra
//     SignedBlockContents (JSON, or SSZ with Content-Type
//     application/octet-stream) with every container present and as many
//     KZG proofs and blobs as blob commitments;
//  2. unknown_validator: proposer_index in the registry;
//  3. bad_signature: the signature verified over
//     compute_signing_root(block, compute_domain(DOMAIN_BEACON_PROPOSER,
//     Electra version, genesis validators root)), the block root being
//     ssz.go's header root over go-eth2-client's body root;
//  4. slashable: a validly signed block whose header differs from one the
//     same proposer validly signed earlier for the same slot (published or
//     not, valid or not) is a proposer slashing: recorded once per pair
//     (Slashings, kind double_proposal) and rejected;
//  5. a publication of the slot's block itself is accepted again (200) and
//     changes nothing, so every operator of a cluster may publish it;
//  6. future_slot: the slot has started (within the clock disparity);
//     no_duty: the slot is validator-proposed; wrong_proposer: the slot's
//     proposer; late: imported before the slot's deadline (timeliness is
//     judged when the block is judged, under the simulator's lock, so that
//     closing a slot and importing its block are strictly ordered);
//     slot_taken: no other block for the slot;
//  7. wrong_parent: parent_root is the latest block before the slot;
//     wrong_state_root: state_root is the simulator's stand-in for the
//     slot, parent and body;
//  8. bad_randao: the body's RANDAO reveal is the proposer's signature over
//     the epoch (DOMAIN_RANDAO);
//  9. unknown_body: the block is one the simulator produced for the slot
//     (the simulator does not execute payloads or re-validate operations,
//     so it only imports bodies it built itself; a proposer that changes
//     anything in a produced body is rejected here).
//
// # Faults
//
// Fault (Config.Faults, SetFaults, AddFault) injects latency (waited on the
// simulator's clock), an HTTP status with the standard error body, or a
// garbage body, per route (the Route* operation ids), for a fraction of
// calls, a number of calls, or a window of time.
//
// # Metrics
//
// See metrics: submissions by duty (attestation, proposal, aggregate,
// sync_message, contribution) and result,
// rejections by duty and reason, the delay of accepted submissions and
// imported blocks after their slot's start (a histogram in fractions of a
// slot), slashable pairs (double_vote, surround_vote, double_proposal),
// validator proposals (due, produced, published, missed), inclusions,
// head/justified/finalized, requests by route and code, injected faults.
//
// # Limits
//
// Attestations, block proposals, aggregates, sync committee messages and
// contributions are judged; blobs are not, and blocks carry no sync
// aggregate (the G2 point at infinity, no bits). Execution payloads have no transactions and
// their values are 0. History
// (blocks, signed data, per-slot proposal records, per-epoch stats) is kept
// for the simulator's lifetime: about 10 KB per slot plus 200 bytes per
// validator and epoch, fine for tests and devnets of days.
package beaconsim
