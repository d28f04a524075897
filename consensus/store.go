package consensus

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/keystake/keystake/hotstuff"
)

var stateBucket = []byte("hotstuff-state")

// BoltStore keeps the safety state of consensus instances in a bbolt file.
// Every Save is one fsynced transaction: it returns only once the state is
// on disk, as hotstuff's Persist contract requires.
type BoltStore struct {
	db *bolt.DB
}

// OpenStore opens or creates the store at path.
func OpenStore(path string) (*BoltStore, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open consensus store %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(stateBucket)
		return err
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("init consensus store %s: %w", path, err)
	}
	return &BoltStore{db: db}, nil
}

// Close closes the file.
func (s *BoltStore) Close() error { return s.db.Close() }

// storeKey orders entries by slot so that pruning walks from the start.
func storeKey(k hotstuff.Key) []byte {
	b := binary.BigEndian.AppendUint64(nil, k.Slot)
	b = append(b, k.Cluster[:]...)
	b = append(b, k.Duty)
	return binary.BigEndian.AppendUint64(b, k.Index)
}

// Load returns the stored state of k, or nil if there is none.
func (s *BoltStore) Load(k hotstuff.Key) (*hotstuff.State, error) {
	var st *hotstuff.State
	err := s.db.View(func(tx *bolt.Tx) error {
		data := tx.Bucket(stateBucket).Get(storeKey(k))
		if data == nil {
			return nil
		}
		var err error
		st, err = hotstuff.UnmarshalState(data, hotstuff.Limits{})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load consensus state for slot %d: %w", k.Slot, err)
	}
	return st, nil
}

// Save durably stores st.
func (s *BoltStore) Save(st hotstuff.State) error {
	data, err := st.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encode consensus state: %w", err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(stateBucket).Put(storeKey(st.Key), data)
	})
	if err != nil {
		return fmt.Errorf("save consensus state for slot %d: %w", st.Key.Slot, err)
	}
	return nil
}

// Prune deletes the states of slots before slot.
func (s *BoltStore) Prune(slot uint64) error {
	limit := binary.BigEndian.AppendUint64(nil, slot)
	return s.db.Update(func(tx *bolt.Tx) error {
		c := tx.Bucket(stateBucket).Cursor()
		for k, _ := c.First(); k != nil && string(k[:8]) < string(limit); k, _ = c.First() {
			if err := c.Delete(); err != nil {
				return errors.Join(fmt.Errorf("prune consensus store"), err)
			}
		}
		return nil
	})
}
