package beacon

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"

	client "github.com/attestantio/go-eth2-client"
	"github.com/attestantio/go-eth2-client/api"
)

// ErrInvalidResponse marks an answer that could not be decoded or failed a
// sanity check: the node that gave it is faulty.
var ErrInvalidResponse = errors.New("invalid response from beacon node")

// errWrongNetwork marks a node found on another network than the client's.
var errWrongNetwork = errors.New("beacon node is on another network")

// Kinds of failure, as they appear in NodeError.Kind and metric labels.
const (
	KindTimeout      = "timeout"          // the attempt's timeout passed
	KindUnreachable  = "unreachable"      // connection failed or node inactive
	KindNotSynced    = "not_synced"       // the node is syncing
	KindBadRequest   = "bad_request"      // 400: the request was refused (the caller's fault)
	KindHTTP4xx      = "http_4xx"         // another 4xx status
	KindHTTP5xx      = "http_5xx"         // a 5xx (or other non-2xx) status
	KindInvalid      = "invalid_response" // malformed or absurd answer
	KindWrongNetwork = "wrong_network"    // genesis differs from the client's
	KindCanceled     = "canceled"         // the caller's context ended
)

// NodeError is one node's failure to complete a call.
type NodeError struct {
	Node string // the node's name: URL without credentials, path or query
	Kind string // one of the Kind constants
	Err  error
}

func (e *NodeError) Error() string {
	return e.Node + ": " + flatten(e.Err.Error())
}

func (e *NodeError) Unwrap() error { return e.Err }

// CallError is returned when no beacon node completed a call. It lists each
// node's failure in the order the nodes were tried; Err is set when the
// caller's context ended before every node was tried.
type CallError struct {
	Action string // what was attempted, e.g. "fetch attester duties for epoch 7"
	Nodes  []*NodeError
	Err    error
}

func (e *CallError) Error() string {
	var b strings.Builder
	b.WriteString(e.Action)
	b.WriteString(": ")
	switch {
	case len(e.Nodes) == 0 && e.Err != nil:
		b.WriteString(e.Err.Error())
	case len(e.Nodes) == 0:
		b.WriteString("no beacon node to ask")
	default:
		for i, n := range e.Nodes {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(n.Error())
		}
		if e.Err != nil {
			fmt.Fprintf(&b, "; then %v", e.Err)
		}
	}
	return b.String()
}

// Unwrap gives the nodes' errors and the context's, for errors.Is and As.
func (e *CallError) Unwrap() []error {
	errs := make([]error, 0, len(e.Nodes)+1)
	for _, n := range e.Nodes {
		errs = append(errs, n)
	}
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	return errs
}

// maxErrorText bounds the text a node's error contributes (bodies of error
// responses can be large or garbage).
const maxErrorText = 300

// flatten puts a multi-line error (errors.Join) on one line and bounds it.
func flatten(s string) string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }), ": ")
	if len(s) > maxErrorText {
		s = s[:maxErrorText] + "..."
	}
	return s
}

// apiError extracts go-eth2-client's error for a non-2xx status.
func apiError(err error) (*api.Error, bool) {
	var p *api.Error
	if errors.As(err, &p) && p != nil {
		return p, true
	}
	var v api.Error
	if errors.As(err, &v) {
		return &v, true
	}
	return nil, false
}

// errorKind classifies an attempt's error; parent is the caller's context.
func errorKind(parent context.Context, err error) string {
	var netErr net.Error
	switch {
	case parent.Err() != nil:
		return KindCanceled
	case errors.Is(err, errWrongNetwork):
		return KindWrongNetwork
	case errors.Is(err, ErrInvalidResponse):
		return KindInvalid
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return KindTimeout
	case errors.Is(err, client.ErrNotSynced):
		return KindNotSynced
	case errors.Is(err, client.ErrNotActive), errors.As(err, &netErr):
		return KindUnreachable
	}
	if e, ok := apiError(err); ok {
		switch {
		case e.StatusCode == http.StatusBadRequest:
			return KindBadRequest
		case e.StatusCode >= 400 && e.StatusCode < 500:
			return KindHTTP4xx
		default:
			return KindHTTP5xx
		}
	}
	// go-eth2-client reports undecodable bodies as plain errors.
	return KindInvalid
}

// callersFault says whether a failure of this kind would happen on any node
// and so is neither retried elsewhere nor held against the node.
func callersFault(kind string) bool {
	return kind == KindBadRequest || kind == KindCanceled
}

// invalidf returns an ErrInvalidResponse with a reason.
func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidResponse, fmt.Sprintf(format, args...))
}
