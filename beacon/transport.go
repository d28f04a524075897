package beacon

import (
	"errors"
	"io"
	"net/http"
)

// errBodyTooLarge is returned when reading more of a response than allowed.
var errBodyTooLarge = errors.New("response body too large")

// limitedTransport refuses response bodies longer than max bytes, so that a
// faulty node cannot exhaust memory (go-eth2-client reads bodies whole).
type limitedTransport struct {
	rt  http.RoundTripper
	max int64
}

func (t limitedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.rt.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	resp.Body = &limitedBody{rc: resp.Body, left: t.max}
	return resp, nil
}

type limitedBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// The limit is reached: anything more is too much.
		var one [1]byte
		if n, err := b.rc.Read(one[:]); n > 0 {
			return 0, errBodyTooLarge
		} else if err != nil {
			return 0, err
		}
		return 0, nil
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *limitedBody) Close() error { return b.rc.Close() }
