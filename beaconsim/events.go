package beaconsim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
)

// Event topics the simulator emits on /eth/v1/events.
const (
	topicHead                = "head"
	topicBlock               = "block"
	topicFinalizedCheckpoint = "finalized_checkpoint"
)

var supportedTopics = map[string]bool{topicHead: true, topicBlock: true, topicFinalizedCheckpoint: true}

// subscriberBuffer is how many events a slow subscriber may lag behind
// before it is disconnected (a beacon node does not wait for its clients).
const subscriberBuffer = 256

type event struct {
	topic string
	data  []byte
}

// broker fans events out to SSE subscribers. publish never blocks.
type broker struct {
	mu     sync.Mutex
	subs   map[*subscriber]struct{}
	closed bool
}

type subscriber struct {
	topics map[string]bool
	ch     chan event
	// gone is closed when the broker drops the subscriber (it lagged or the
	// broker closed).
	gone chan struct{}
}

func newBroker() *broker { return &broker{subs: make(map[*subscriber]struct{})} }

func (b *broker) subscribe(topics map[string]bool) (*subscriber, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, false
	}
	sub := &subscriber{topics: topics, ch: make(chan event, subscriberBuffer), gone: make(chan struct{})}
	b.subs[sub] = struct{}{}
	return sub, true
}

func (b *broker) unsubscribe(sub *subscriber) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.subs[sub]; ok {
		delete(b.subs, sub)
		close(sub.gone)
	}
}

// publish sends an event to every subscriber of topic; a subscriber whose
// buffer is full is dropped.
func (b *broker) publish(topic string, payload any) {
	data, err := json.Marshal(payload)
	if err != nil {
		return // payloads are maps of strings and bools
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for sub := range b.subs {
		if !sub.topics[topic] {
			continue
		}
		select {
		case sub.ch <- event{topic: topic, data: data}:
		default:
			delete(b.subs, sub)
			close(sub.gone)
		}
	}
}

// count returns the number of subscribers.
func (b *broker) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

func (b *broker) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	for sub := range b.subs {
		delete(b.subs, sub)
		close(sub.gone)
	}
}

// handleEvents serves GET /eth/v1/events?topics=... as server-sent events.
// topics may be repeated or comma-separated; each must be one of head, block
// and finalized_checkpoint. Events are those emitted after the subscription
// (no replay). The stream ends when the client goes away, when the
// simulator closes, or when the client lags more than subscriberBuffer
// events behind.
func (s *Sim) handleEvents(w http.ResponseWriter, r *http.Request) {
	topics := make(map[string]bool)
	for _, v := range r.URL.Query()["topics"] {
		for _, t := range strings.Split(v, ",") {
			t = strings.TrimSpace(t)
			if t == "" {
				continue
			}
			if !supportedTopics[t] {
				writeError(w, http.StatusBadRequest, fmt.Sprintf("unsupported event topic %q", t))
				return
			}
			topics[t] = true
		}
	}
	if len(topics) == 0 {
		writeError(w, http.StatusBadRequest, "no topics requested")
		return
	}
	flusher, ok := w.(http.Flusher)
	if !ok {
		writeError(w, http.StatusInternalServerError, "streaming unsupported")
		return
	}
	sub, ok := s.events.subscribe(topics)
	if !ok {
		writeError(w, http.StatusServiceUnavailable, "simulator is shutting down")
		return
	}
	defer s.events.unsubscribe(sub)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-sub.gone:
			return
		case ev := <-sub.ch:
			if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.topic, ev.data); err != nil {
				return
			}
			flusher.Flush()
		}
	}
}
