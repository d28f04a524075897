package p2p

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"testing"
)

func TestFrameRoundTrip(t *testing.T) {
	msgs := [][]byte{{}, []byte("a"), bytes.Repeat([]byte{7}, 127), bytes.Repeat([]byte{8}, 128), bytes.Repeat([]byte{9}, 20000)}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for _, m := range msgs {
		if err := writeFrame(w, m); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	var viaAppend []byte
	for _, m := range msgs {
		viaAppend = appendFrame(viaAppend, m)
	}
	if !bytes.Equal(buf.Bytes(), viaAppend) {
		t.Fatal("writeFrame and appendFrame disagree")
	}
	r := bufio.NewReader(&buf)
	for i, want := range msgs {
		got, err := readFrame(r, 20000)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("frame %d: got %d bytes, err %v; want %d bytes", i, len(got), err, len(want))
		}
	}
	if _, err := readFrame(r, 20000); err != io.EOF {
		t.Fatalf("after the last frame: err %v, want io.EOF", err)
	}
}

func TestReadFrameErrors(t *testing.T) {
	tests := []struct {
		name  string
		input []byte
		max   int
		want  error
	}{
		{"empty input", nil, 10, io.EOF},
		{"length over limit", appendFrame(nil, make([]byte, 11)), 10, ErrFrameTooLarge},
		{"huge claimed length, no body", []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, 1 << 20, ErrFrameTooLarge},
		{"max uint64 length", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, 1 << 20, ErrFrameTooLarge},
		{"length overflows 64 bits", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, 10, ErrMalformedFrame},
		{"length longer than 10 bytes", bytes.Repeat([]byte{0x80}, 11), 10, ErrMalformedFrame},
		{"non-minimal length", []byte{0x81, 0x00, 'x'}, 10, ErrMalformedFrame},
		{"truncated length", []byte{0x80}, 10, io.ErrUnexpectedEOF},
		{"truncated body", []byte{5, 'a', 'b'}, 10, io.ErrUnexpectedEOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readFrame(bufio.NewReader(bytes.NewReader(tt.input)), tt.max)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err %v, want %v", err, tt.want)
			}
		})
	}
}

// FuzzReadFrame checks that decoding arbitrary bytes never panics, never
// returns a frame over the limit or allocates more than it, and that the
// frames it accepts re-encode to exactly the bytes consumed (the encoding
// is canonical).
func FuzzReadFrame(f *testing.F) {
	f.Add([]byte{}, uint16(10))
	f.Add(appendFrame(appendFrame(nil, []byte("hello")), nil), uint16(5))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, uint16(1000))
	f.Add([]byte{0x81, 0x00}, uint16(1000))
	f.Add([]byte{0x80, 0x01, 'x'}, uint16(200))
	f.Fuzz(func(t *testing.T, data []byte, max16 uint16) {
		max := int(max16)
		r := bufio.NewReader(bytes.NewReader(data))
		var reencoded []byte
		for {
			msg, err := readFrame(r, max)
			if err != nil {
				break
			}
			if len(msg) > max || cap(msg) > max {
				t.Fatalf("frame of %d bytes (cap %d) over limit %d", len(msg), cap(msg), max)
			}
			reencoded = appendFrame(reencoded, msg)
		}
		if !bytes.HasPrefix(data, reencoded) {
			t.Fatalf("accepted frames re-encode to %x, not a prefix of the input %x", reencoded, data)
		}
	})
}
