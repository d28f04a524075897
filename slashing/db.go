package slashing

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

var (
	metaBucket  = []byte("meta")
	attBucket   = []byte("attestations")
	blockBucket = []byte("blocks")

	gvrKey    = []byte("genesis_validators_root")
	schemaKey = []byte("schema")
)

// schemaVersion is the layout described in the package documentation.
const schemaVersion = 1

// fillPercent packs leaf pages when they split: a validator's state stops
// growing once its window is full, so dense pages stay dense, and a batch
// rewrites fewer of them.
const fillPercent = 0.9

// openTimeout bounds the wait for the file lock held by another process.
const openTimeout = time.Second

// DB is a slashing protection database. Its methods are safe for concurrent
// use; writers are serialised by bbolt.
type DB struct {
	bolt *bolt.DB
	gvr  [32]byte
}

// Open opens the database at path, creating it when it does not exist. A new
// database stores genesisValidatorsRoot; an existing one must have been
// created for the same root, or Open fails with ErrGenesisMismatch.
func Open(path string, genesisValidatorsRoot [32]byte) (*DB, error) {
	return open(path, &genesisValidatorsRoot, false)
}

// OpenExisting opens the database at path, which must exist, for whatever
// genesis validators root it was created with.
func OpenExisting(path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open slashing database: %w", err)
	}
	return open(path, nil, false)
}

// open opens path; gvr nil means the database must exist and have a root.
// noSync is for tests only: it gives up durability.
func open(path string, gvr *[32]byte, noSync bool) (*DB, error) {
	opts := &bolt.Options{
		Timeout:        openTimeout,
		FreelistType:   bolt.FreelistMapType,
		NoFreelistSync: true,
		NoSync:         noSync,
	}
	b, err := bolt.Open(path, 0o600, opts)
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("open slashing database %s: locked by another process (stop the node first)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("open slashing database %s: %w", path, err)
	}
	db := &DB{bolt: b}
	if err := b.Update(func(tx *bolt.Tx) error { return db.init(tx, gvr) }); err != nil {
		b.Close()
		return nil, fmt.Errorf("open slashing database %s: %w", path, err)
	}
	return db, nil
}

// init creates the buckets, stores or checks the genesis validators root and
// the schema version.
func (db *DB) init(tx *bolt.Tx, gvr *[32]byte) error {
	for _, name := range [][]byte{metaBucket, attBucket, blockBucket} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	meta := tx.Bucket(metaBucket)
	if v := meta.Get(schemaKey); v != nil && !bytes.Equal(v, []byte{schemaVersion}) {
		return fmt.Errorf("unsupported schema version %v (this keystake reads %d)", v, schemaVersion)
	}
	stored := meta.Get(gvrKey)
	switch {
	case stored == nil && gvr == nil:
		return errors.New("not a slashing database: no genesis validators root")
	case stored == nil:
		db.gvr = *gvr
		if err := meta.Put(gvrKey, bytes.Clone(gvr[:])); err != nil {
			return err
		}
		return meta.Put(schemaKey, []byte{schemaVersion})
	case len(stored) != 32:
		return fmt.Errorf("genesis validators root: %w", errCorrupt)
	}
	copy(db.gvr[:], stored)
	if gvr != nil && *gvr != db.gvr {
		return fmt.Errorf("%w: the database is for %s, not %s", ErrGenesisMismatch, hexRoot(db.gvr), hexRoot(*gvr))
	}
	return nil
}

// Close closes the database; it waits for running transactions.
func (db *DB) Close() error { return db.bolt.Close() }

// GenesisValidatorsRoot returns the root the database was created for.
func (db *DB) GenesisValidatorsRoot() [32]byte { return db.gvr }

// CheckAndRecordAttestations checks each request against the history and
// the requests before it, records the allowed ones, and commits them to disk
// in one transaction before returning. The result has one entry per request:
// nil when it was recorded (or is a repeat of a recorded one) and may be
// signed, else the refusal. When the commit fails every request is refused.
func (db *DB) CheckAndRecordAttestations(reqs []Attestation) []error {
	return batch(db, attBucket, reqs, true, attKind)
}

// CheckAttestations answers as CheckAndRecordAttestations would, requests
// earlier in reqs included, and records nothing.
func (db *DB) CheckAttestations(reqs []Attestation) []error {
	return batch(db, attBucket, reqs, false, attKind)
}

// CheckAndRecordBlocks is CheckAndRecordAttestations for blocks.
func (db *DB) CheckAndRecordBlocks(reqs []Block) []error {
	return batch(db, blockBucket, reqs, true, blockKind)
}

// CheckBlocks is CheckAttestations for blocks.
func (db *DB) CheckBlocks(reqs []Block) []error {
	return batch(db, blockBucket, reqs, false, blockKind)
}

// history is a validator's kept state for one kind of request.
type history[R any] interface {
	check(R) (repeat bool, err error)
	add(R)
	encode() []byte
}

// kind binds a request type to its state type.
type kind[R any, S history[R]] struct {
	name   string
	pubkey func(R) [48]byte
	empty  func() S
	decode func([]byte) (S, error)
}

var attKind = kind[Attestation, *attState]{
	name:   "attestation",
	pubkey: func(a Attestation) [48]byte { return a.Pubkey },
	empty:  func() *attState { return &attState{} },
	decode: decodeAttState,
}

var blockKind = kind[Block, *blockState]{
	name:   "block",
	pubkey: func(b Block) [48]byte { return b.Pubkey },
	empty:  func() *blockState { return &blockState{} },
	decode: decodeBlockState,
}

// batch runs reqs through one transaction: read-write when record is set.
func batch[R any, S history[R]](db *DB, bucket []byte, reqs []R, record bool, k kind[R, S]) []error {
	errs := make([]error, len(reqs))
	if len(reqs) == 0 {
		return errs
	}
	run := func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		states := make(map[[48]byte]S, len(reqs))
		dirty := make(map[[48]byte]bool, len(reqs))
		for i, req := range reqs {
			pk := k.pubkey(req)
			st, ok := states[pk]
			if !ok {
				var err error
				if st, err = k.load(b, pk); err != nil {
					errs[i] = err
					continue
				}
				states[pk] = st
			}
			repeat, err := st.check(req)
			if err != nil || repeat {
				errs[i] = err
				continue
			}
			st.add(req)
			dirty[pk] = true
		}
		if !record {
			return nil
		}
		return putSorted(b, dirty, states)
	}
	var err error
	if record {
		err = db.bolt.Update(run)
	} else {
		err = db.bolt.View(run)
	}
	if err != nil {
		action := "check"
		if record {
			action = "record"
		}
		err = fmt.Errorf("%s %ss: %w", action, k.name, err)
		for i := range errs {
			if errs[i] == nil {
				errs[i] = err
			}
		}
	}
	return errs
}

// load reads a validator's state; a validator without one has an empty
// state.
func (k kind[R, S]) load(b *bolt.Bucket, pk [48]byte) (S, error) {
	v := b.Get(pk[:])
	if v == nil {
		return k.empty(), nil
	}
	st, err := k.decode(v)
	if err != nil {
		return st, fmt.Errorf("validator %s: read %s history: %w", pubkeyPrefix(pk), k.name, err)
	}
	return st, nil
}

// putSorted writes the states of the dirty validators in key order, which
// keeps bbolt's page walks sequential.
func putSorted[S interface{ encode() []byte }](b *bolt.Bucket, dirty map[[48]byte]bool, states map[[48]byte]S) error {
	keys := make([][48]byte, 0, len(dirty))
	for pk := range dirty {
		keys = append(keys, pk)
	}
	slices.SortFunc(keys, func(x, y [48]byte) int { return bytes.Compare(x[:], y[:]) })
	b.FillPercent = fillPercent
	for _, pk := range keys {
		if err := b.Put(bytes.Clone(pk[:]), states[pk].encode()); err != nil {
			return fmt.Errorf("validator %s: %w", pubkeyPrefix(pk), err)
		}
	}
	return nil
}

func hexRoot(r [32]byte) string { return "0x" + hex.EncodeToString(r[:]) }

// LatestTargets returns, for each of pubkeys with attestation history, the
// highest target epoch recorded (imported watermarks included). The node
// uses it to tell a validator it was running before a restart from one it
// has never signed for.
func (db *DB) LatestTargets(pubkeys [][48]byte) (map[[48]byte]uint64, error) {
	out := make(map[[48]byte]uint64)
	err := db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(attBucket)
		for _, pk := range pubkeys {
			st, err := attKind.load(b, pk)
			if err != nil {
				return err
			}
			if n := len(st.recent); n > 0 {
				out[pk] = st.recent[n-1].target
			} else if st.hasLow {
				out[pk] = st.lowTarget
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read latest targets: %w", err)
	}
	return out, nil
}
