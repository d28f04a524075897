package p2p

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// MaxFrameSize is the largest per-protocol message size Register accepts.
const MaxFrameSize = 16 << 20

// Frame decoding errors. A stream that yields one of them is reset.
var (
	// ErrFrameTooLarge: the length prefix exceeds the protocol's limit.
	ErrFrameTooLarge = errors.New("frame too large")
	// ErrMalformedFrame: the length prefix is not a minimal uvarint of at
	// most 10 bytes that fits in 64 bits.
	ErrMalformedFrame = errors.New("malformed frame length")
)

// A frame on the wire is the message length as an unsigned LEB128 varint
// (encoding/binary's uvarint, minimal encoding only) followed by that many
// bytes.

// writeFrame writes msg as one frame to w. The caller flushes w.
func writeFrame(w *bufio.Writer, msg []byte) error {
	var hdr [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(hdr[:], uint64(len(msg)))
	if _, err := w.Write(hdr[:n]); err != nil {
		return err
	}
	_, err := w.Write(msg)
	return err
}

// appendFrame appends msg as one frame to dst.
func appendFrame(dst, msg []byte) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(msg)))
	return append(dst, msg...)
}

// readFrame reads one frame of at most max bytes from r and returns its
// payload in a new slice. It allocates only after the length is checked
// against max, so a claimed length never costs more than max bytes.
//
// Errors: io.EOF if r ends cleanly before a frame starts,
// io.ErrUnexpectedEOF if it ends inside one, ErrFrameTooLarge,
// ErrMalformedFrame, or r's own error.
func readFrame(r *bufio.Reader, max int) ([]byte, error) {
	n, err := readLength(r)
	if err != nil {
		return nil, err
	}
	if n > uint64(max) {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrFrameTooLarge, n, max)
	}
	msg := make([]byte, n)
	if _, err := io.ReadFull(r, msg); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return msg, nil
}

// readLength decodes a minimal uvarint. Rejecting non-minimal encodings
// makes the wire form of a message unique.
func readLength(r io.ByteReader) (uint64, error) {
	var x uint64
	for i := 0; i < binary.MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return 0, err
		}
		if b < 0x80 {
			switch {
			case i == binary.MaxVarintLen64-1 && b > 1:
				return 0, fmt.Errorf("%w: overflows 64 bits", ErrMalformedFrame)
			case i > 0 && b == 0:
				return 0, fmt.Errorf("%w: non-minimal encoding", ErrMalformedFrame)
			}
			return x | uint64(b)<<(7*i), nil
		}
		x |= uint64(b&0x7f) << (7 * i)
	}
	return 0, fmt.Errorf("%w: longer than %d bytes", ErrMalformedFrame, binary.MaxVarintLen64)
}
