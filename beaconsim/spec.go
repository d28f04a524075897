package beaconsim

import (
	"fmt"
	"strconv"
	"time"
)

// FarFutureEpoch is FAR_FUTURE_EPOCH.
const FarFutureEpoch = ^uint64(0)

// Constants of the mainnet preset that the simulator's own logic uses.
const (
	maxCommitteesPerSlot      = 64  // MAX_COMMITTEES_PER_SLOT
	targetCommitteeSize       = 128 // TARGET_COMMITTEE_SIZE
	maxValidatorsPerCommittee = 2048
	maxAttestationsElectra    = 8 // MAX_ATTESTATIONS_ELECTRA
	gwei                      = uint64(1_000_000_000)
	minActivationBalance      = 32 * gwei   // MIN_ACTIVATION_BALANCE
	maxEffectiveBalanceElecra = 2048 * gwei // MAX_EFFECTIVE_BALANCE_ELECTRA
	effectiveBalanceIncrement = gwei
	// maxGossipClockDisparity is MAXIMUM_GOSSIP_CLOCK_DISPARITY.
	maxGossipClockDisparity = 500 * time.Millisecond
)

// clockDisparity is how early a request for a slot may come and still be
// served as if the slot had started: MAXIMUM_GOSSIP_CLOCK_DISPARITY, but at
// most a quarter slot, so that short test slots are not served ahead.
func (s *Sim) clockDisparity() time.Duration {
	return min(maxGossipClockDisparity, s.cfg.SlotDuration/4)
}

// ForkVersions are the fork versions the simulated network announces. Every
// fork up to Electra is scheduled at epoch 0 (the chain is Electra from
// genesis); Fulu is announced with FAR_FUTURE_EPOCH.
type ForkVersions struct {
	Genesis, Altair, Bellatrix, Capella, Deneb, Electra, Fulu Version
}

// DefaultForkVersions is used when Config.Forks is zero. The last byte 0x51
// marks the simulator's network so that its signatures are useless elsewhere.
var DefaultForkVersions = ForkVersions{
	Genesis:   Version{0x10, 0x00, 0x00, 0x51},
	Altair:    Version{0x20, 0x00, 0x00, 0x51},
	Bellatrix: Version{0x30, 0x00, 0x00, 0x51},
	Capella:   Version{0x40, 0x00, 0x00, 0x51},
	Deneb:     Version{0x50, 0x00, 0x00, 0x51},
	Electra:   Version{0x60, 0x00, 0x00, 0x51},
	Fulu:      Version{0x70, 0x00, 0x00, 0x51},
}

// forkEntry is one element of /eth/v1/config/fork_schedule.
type forkEntry struct {
	Previous, Current Version
	Epoch             uint64
}

// forkSchedule lists the forks in activation order, as beacon nodes serve
// them: phase0 (previous = current = genesis version) through Electra, all at
// epoch 0. Fulu is not scheduled, so it is not listed.
func (f ForkVersions) forkSchedule() []forkEntry {
	return []forkEntry{
		{f.Genesis, f.Genesis, 0},
		{f.Genesis, f.Altair, 0},
		{f.Altair, f.Bellatrix, 0},
		{f.Bellatrix, f.Capella, 0},
		{f.Capella, f.Deneb, 0},
		{f.Deneb, f.Electra, 0},
	}
}

// stateFork is the state's fork at every epoch of the simulated chain. As in
// the spec's Electra genesis, previous and current version are both Electra.
func (f ForkVersions) stateFork() forkEntry {
	return forkEntry{f.Electra, f.Electra, 0}
}

// specValues returns the /eth/v1/config/spec map: the mainnet preset for
// Electra with the simulator's own SLOTS_PER_EPOCH, slot duration, fork
// versions and deposit contract.
//
// Slot duration: SLOT_DURATION_MS (the key current consensus-specs configs
// carry) is always served and exact. SECONDS_PER_SLOT, an integer, is served
// only when the slot duration is a whole number of seconds. With sub-second
// slots it is omitted rather than rounded: go-eth2-client's SlotDuration then
// fails with an incorrect-type error instead of returning a wrong duration,
// and a client that supports short slots reads SLOT_DURATION_MS.
func (s *Sim) specValues() map[string]string {
	u := func(v uint64) string { return strconv.FormatUint(v, 10) }
	hex4 := func(v Version) string { return v.String() }
	f := s.cfg.Forks
	m := map[string]string{
		"CONFIG_NAME": "beaconsim",
		"PRESET_BASE": "mainnet",

		// Fork schedule.
		"GENESIS_FORK_VERSION":   hex4(f.Genesis),
		"ALTAIR_FORK_VERSION":    hex4(f.Altair),
		"ALTAIR_FORK_EPOCH":      "0",
		"BELLATRIX_FORK_VERSION": hex4(f.Bellatrix),
		"BELLATRIX_FORK_EPOCH":   "0",
		"CAPELLA_FORK_VERSION":   hex4(f.Capella),
		"CAPELLA_FORK_EPOCH":     "0",
		"DENEB_FORK_VERSION":     hex4(f.Deneb),
		"DENEB_FORK_EPOCH":       "0",
		"ELECTRA_FORK_VERSION":   hex4(f.Electra),
		"ELECTRA_FORK_EPOCH":     "0",
		"FULU_FORK_VERSION":      hex4(f.Fulu),
		"FULU_FORK_EPOCH":        u(FarFutureEpoch),

		// Time.
		"SLOT_DURATION_MS":                      u(uint64(s.cfg.SlotDuration / time.Millisecond)),
		"SLOTS_PER_EPOCH":                       u(s.cfg.SlotsPerEpoch),
		"SECONDS_PER_ETH1_BLOCK":                "14",
		"MIN_GENESIS_TIME":                      strconv.FormatInt(s.cfg.GenesisTime.Unix(), 10),
		"GENESIS_DELAY":                         "0",
		"MIN_GENESIS_ACTIVE_VALIDATOR_COUNT":    u(uint64(len(s.validators))),
		"MIN_VALIDATOR_WITHDRAWABILITY_DELAY":   "256",
		"SHARD_COMMITTEE_PERIOD":                "256",
		"ETH1_FOLLOW_DISTANCE":                  "2048",
		"MIN_SEED_LOOKAHEAD":                    "1",
		"MAX_SEED_LOOKAHEAD":                    "4",
		"MIN_ATTESTATION_INCLUSION_DELAY":       "1",
		"EPOCHS_PER_ETH1_VOTING_PERIOD":         "64",
		"SLOTS_PER_HISTORICAL_ROOT":             "8192",
		"MIN_EPOCHS_TO_INACTIVITY_PENALTY":      "4",
		"EPOCHS_PER_HISTORICAL_VECTOR":          "65536",
		"EPOCHS_PER_SLASHINGS_VECTOR":           "8192",
		"EPOCHS_PER_SYNC_COMMITTEE_PERIOD":      "256",
		"ATTESTATION_PROPAGATION_SLOT_RANGE":    "32",
		"MAXIMUM_GOSSIP_CLOCK_DISPARITY":        "500",
		"EPOCHS_PER_SUBNET_SUBSCRIPTION":        "256",
		"MIN_EPOCHS_FOR_BLOCK_REQUESTS":         "33024",
		"MIN_EPOCHS_FOR_BLOB_SIDECARS_REQUESTS": "4096",

		// Committees and duties.
		"MAX_COMMITTEES_PER_SLOT":                  u(maxCommitteesPerSlot),
		"TARGET_COMMITTEE_SIZE":                    u(targetCommitteeSize),
		"MAX_VALIDATORS_PER_COMMITTEE":             u(maxValidatorsPerCommittee),
		"SHUFFLE_ROUND_COUNT":                      "90",
		"TARGET_AGGREGATORS_PER_COMMITTEE":         "16",
		"TARGET_AGGREGATORS_PER_SYNC_SUBCOMMITTEE": "16",
		"SYNC_COMMITTEE_SIZE":                      "512",
		"SYNC_COMMITTEE_SUBNET_COUNT":              "4",
		"MIN_SYNC_COMMITTEE_PARTICIPANTS":          "1",
		"UPDATE_TIMEOUT":                           "8192",
		"ATTESTATION_SUBNET_COUNT":                 "64",
		"ATTESTATION_SUBNET_EXTRA_BITS":            "0",
		"ATTESTATION_SUBNET_PREFIX_BITS":           "6",
		"SUBNETS_PER_NODE":                         "2",

		// Balances and rewards.
		"MIN_DEPOSIT_AMOUNT":                         u(gwei),
		"MAX_EFFECTIVE_BALANCE":                      u(32 * gwei),
		"MAX_EFFECTIVE_BALANCE_ELECTRA":              u(maxEffectiveBalanceElecra),
		"MIN_ACTIVATION_BALANCE":                     u(minActivationBalance),
		"EFFECTIVE_BALANCE_INCREMENT":                u(effectiveBalanceIncrement),
		"EJECTION_BALANCE":                           u(16 * gwei),
		"HYSTERESIS_QUOTIENT":                        "4",
		"HYSTERESIS_DOWNWARD_MULTIPLIER":             "1",
		"HYSTERESIS_UPWARD_MULTIPLIER":               "5",
		"BASE_REWARD_FACTOR":                         "64",
		"WHISTLEBLOWER_REWARD_QUOTIENT":              "512",
		"WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA":      "4096",
		"PROPOSER_REWARD_QUOTIENT":                   "8",
		"INACTIVITY_PENALTY_QUOTIENT":                "67108864",
		"INACTIVITY_PENALTY_QUOTIENT_ALTAIR":         "50331648",
		"INACTIVITY_PENALTY_QUOTIENT_BELLATRIX":      "16777216",
		"MIN_SLASHING_PENALTY_QUOTIENT":              "128",
		"MIN_SLASHING_PENALTY_QUOTIENT_ALTAIR":       "64",
		"MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX":    "32",
		"MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA":      "4096",
		"PROPORTIONAL_SLASHING_MULTIPLIER":           "1",
		"PROPORTIONAL_SLASHING_MULTIPLIER_ALTAIR":    "2",
		"PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX": "3",
		"INACTIVITY_SCORE_BIAS":                      "4",
		"INACTIVITY_SCORE_RECOVERY_RATE":             "16",
		"MIN_PER_EPOCH_CHURN_LIMIT":                  "4",
		"CHURN_LIMIT_QUOTIENT":                       "65536",
		"MAX_PER_EPOCH_ACTIVATION_CHURN_LIMIT":       "8",
		"MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA":          u(128 * gwei),
		"MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT":  u(256 * gwei),
		"PROPOSER_SCORE_BOOST":                       "40",
		"REORG_HEAD_WEIGHT_THRESHOLD":                "20",
		"REORG_PARENT_WEIGHT_THRESHOLD":              "160",
		"REORG_MAX_EPOCHS_SINCE_FINALIZATION":        "2",

		// Block contents.
		"MAX_PROPOSER_SLASHINGS":                     "16",
		"MAX_ATTESTER_SLASHINGS":                     "2",
		"MAX_ATTESTER_SLASHINGS_ELECTRA":             "1",
		"MAX_ATTESTATIONS":                           "128",
		"MAX_ATTESTATIONS_ELECTRA":                   u(maxAttestationsElectra),
		"MAX_DEPOSITS":                               "16",
		"MAX_VOLUNTARY_EXITS":                        "16",
		"MAX_BLS_TO_EXECUTION_CHANGES":               "16",
		"MAX_WITHDRAWALS_PER_PAYLOAD":                "16",
		"MAX_VALIDATORS_PER_WITHDRAWALS_SWEEP":       "16384",
		"MAX_BYTES_PER_TRANSACTION":                  "1073741824",
		"MAX_TRANSACTIONS_PER_PAYLOAD":               "1048576",
		"BYTES_PER_LOGS_BLOOM":                       "256",
		"MAX_EXTRA_DATA_BYTES":                       "32",
		"FIELD_ELEMENTS_PER_BLOB":                    "4096",
		"MAX_BLOB_COMMITMENTS_PER_BLOCK":             "4096",
		"KZG_COMMITMENT_INCLUSION_PROOF_DEPTH":       "17",
		"MAX_BLOBS_PER_BLOCK":                        "6",
		"MAX_BLOBS_PER_BLOCK_ELECTRA":                "9",
		"BLOB_SIDECAR_SUBNET_COUNT":                  "6",
		"BLOB_SIDECAR_SUBNET_COUNT_ELECTRA":          "9",
		"MAX_REQUEST_BLOCKS":                         "1024",
		"MAX_REQUEST_BLOCKS_DENEB":                   "128",
		"MAX_REQUEST_BLOB_SIDECARS":                  "768",
		"MAX_REQUEST_BLOB_SIDECARS_ELECTRA":          "1152",
		"MAX_PAYLOAD_SIZE":                           "10485760",
		"MAX_DEPOSIT_REQUESTS_PER_PAYLOAD":           "8192",
		"MAX_WITHDRAWAL_REQUESTS_PER_PAYLOAD":        "16",
		"MAX_CONSOLIDATION_REQUESTS_PER_PAYLOAD":     "2",
		"MAX_PENDING_PARTIALS_PER_WITHDRAWALS_SWEEP": "8",
		"MAX_PENDING_DEPOSITS_PER_EPOCH":             "16",
		"PENDING_DEPOSITS_LIMIT":                     "134217728",
		"PENDING_PARTIAL_WITHDRAWALS_LIMIT":          "134217728",
		"PENDING_CONSOLIDATIONS_LIMIT":               "262144",
		"VALIDATOR_REGISTRY_LIMIT":                   u(validatorRegistryLimit),
		"HISTORICAL_ROOTS_LIMIT":                     "16777216",

		// Execution layer (there is none; these keep clients' parsers happy).
		"TERMINAL_TOTAL_DIFFICULTY":            "0",
		"TERMINAL_BLOCK_HASH":                  "0x0000000000000000000000000000000000000000000000000000000000000000",
		"TERMINAL_BLOCK_HASH_ACTIVATION_EPOCH": u(FarFutureEpoch),

		// Deposit contract.
		"DEPOSIT_CHAIN_ID":         u(s.cfg.DepositChainID),
		"DEPOSIT_NETWORK_ID":       u(s.cfg.DepositChainID),
		"DEPOSIT_CONTRACT_ADDRESS": fmt.Sprintf("%#x", s.cfg.DepositContractAddress),

		// Domains.
		"DOMAIN_BEACON_PROPOSER":                "0x00000000",
		"DOMAIN_BEACON_ATTESTER":                "0x01000000",
		"DOMAIN_RANDAO":                         "0x02000000",
		"DOMAIN_DEPOSIT":                        "0x03000000",
		"DOMAIN_VOLUNTARY_EXIT":                 "0x04000000",
		"DOMAIN_SELECTION_PROOF":                "0x05000000",
		"DOMAIN_AGGREGATE_AND_PROOF":            "0x06000000",
		"DOMAIN_SYNC_COMMITTEE":                 "0x07000000",
		"DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF": "0x08000000",
		"DOMAIN_CONTRIBUTION_AND_PROOF":         "0x09000000",
		"DOMAIN_BLS_TO_EXECUTION_CHANGE":        "0x0a000000",
		"DOMAIN_APPLICATION_MASK":               "0x00000001",
	}
	if s.cfg.SlotDuration%time.Second == 0 {
		m["SECONDS_PER_SLOT"] = u(uint64(s.cfg.SlotDuration / time.Second))
	}
	return m
}
