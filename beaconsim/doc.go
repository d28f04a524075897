// Package beaconsim is a beacon node simulator: a real HTTP server speaking
// the standard Ethereum Beacon API at the Electra fork, so that a validator
// client (KeyStake's operator node, through go-eth2-client's HTTP client)
// talks to it exactly as to Prysm or Lighthouse. It is the embedded beacon
// node of tests and of `keystake devnet`.
//
// It is meant to be an honest judge: every submitted attestation is checked
// with blst against a signing root the simulator computes itself (ssz.go is
// its own hash_tree_root code for AttestationData, Checkpoint, ForkData,
// SigningData, BeaconBlockHeader and the validator registry, cross-checked
// against go-eth2-client and dynamic-ssz in ssz_test.go), against the duties
// it handed out and the chain it built; slashable votes are detected and
// recorded, never silently dropped.
//
// # Use
//
//	sim, err := beaconsim.New(beaconsim.Config{Validators: vals, SlotDuration: time.Second, SlotsPerEpoch: 8})
//	err = sim.Start(ctx)       // listens on 127.0.0.1:0 by default
//	client := sim.URL()        // http://127.0.0.1:port
//	defer sim.Close()
//	... sim.Stats(), sim.EpochStats(e), sim.Attestation(e, v), sim.Inclusion(e, v),
//	    sim.Rejections(), sim.Slashings(), sim.Block(slot), sim.Head(), sim.Checkpoints()
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
//	GET  /eth/v1/validator/duties/proposer/{epoch} (always empty: the simulator proposes)
//	GET  /eth/v1/validator/attestation_data?slot=&committee_index=
//	POST /eth/v2/beacon/pool/attestations (Electra SingleAttestation), GET (pool, Electra form)
//	GET  /eth/v1/events?topics=head,block,finalized_checkpoint (server-sent events)
//	POST /eth/v1/validator/liveness/{epoch}
//	POST /eth/v1/validator/beacon_committee_subscriptions, /eth/v1/validator/prepare_beacon_proposer (accepted, no effect)
//	GET  /metrics (Prometheus)
//
// Ids follow the Beacon API: head, genesis, finalized, justified, a slot, a
// 0x root. Unknown endpoints, blocks and states answer 404 with the
// standard {"code","message"} body. Everything is JSON; SSZ is never served
// (the Accept header allows falling back to JSON). A full BeaconState is not
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
// One block per slot, made by the simulator at the slot's start (unless
// Config.MissedSlots says the slot is empty); no forks, no reorgs. Blocks
// are made by a slot loop (so that head and block events go out on time)
// and also lazily, by every request and report method, so a FakeClock test
// never waits for the loop. A block's root is the hash_tree_root of its
// header; its body (a full Electra body with an empty execution payload) is
// rooted with go-eth2-client's BeaconBlockBody.HashTreeRoot, so a block
// fetched from /eth/v2/beacon/blocks hashes to the root announced
// everywhere. State roots are stand-ins (sha256 of slot, parent and body
// roots). Blocks are not signed: signature, RANDAO reveal and sync aggregate
// signature are the G2 point at infinity.
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
// # Faults
//
// Fault (Config.Faults, SetFaults, AddFault) injects latency (waited on the
// simulator's clock), an HTTP status with the standard error body, or a
// garbage body, per route (the Route* operation ids), for a fraction of
// calls, a number of calls, or a window of time.
//
// # Metrics
//
// See metrics: submissions by duty and result, rejections by reason, the
// delay of accepted submissions after their slot's start (a histogram in
// fractions of a slot), slashable pairs, inclusions, head/justified/
// finalized, requests by route and code, injected faults.
//
// # Limits
//
// Only attestations are judged (no aggregates, sync committee messages or
// block proposals). History (blocks, signed data, per-epoch stats) is kept
// for the simulator's lifetime: about 10 KB per slot plus 200 bytes per
// validator and epoch, fine for tests and devnets of days.
package beaconsim
