// Package hex of memrun's runtime library (encoding/hex): hexadecimal encoding and decoding,
// and hex dumps in the format of `hexdump -C`.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const hextable = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength error = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Errorf("encoding/hex: invalid byte: %#U", rune(e)).Error()
}

// EncodedLen returns the length of an encoding of n source bytes.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen returns the length of a decoding of x source bytes.
func DecodedLen(x int) int { return x / 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst.
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// AppendEncode appends the hexadecimally encoded src to dst.
func AppendEncode(dst, src []byte) []byte {
	for _, v := range src {
		dst = append(dst, hextable[v>>4], hextable[v&0x0f])
	}
	return dst
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// fromHex is the value of a hex digit, or 0xff.
func fromHex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// Decode decodes src into DecodedLen(len(src)) bytes of dst, returning the bytes written;
// an invalid byte is an InvalidByteError, an odd length ErrLength (after the bytes before).
func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		a, b := fromHex(src[j-1]), fromHex(src[j])
		if a > 0x0f {
			return i, InvalidByteError(src[j-1])
		}
		if b > 0x0f {
			return i, InvalidByteError(src[j])
		}
		dst[i] = a<<4 | b
		i++
	}
	if len(src)%2 == 1 {
		if fromHex(src[j-1]) > 0x0f {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// AppendDecode appends the hexadecimally decoded src to dst.
func AppendDecode(dst, src []byte) ([]byte, error) {
	out := make([]byte, len(src)/2)
	n, err := Decode(out, src)
	return append(dst, out[:n]...), err
}

// DecodeString returns the bytes represented by the hexadecimal string s.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string that contains a hex dump of the given data, as `hexdump -C` prints
// it.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var buf strings.Builder
	buf.Grow((1 + ((len(data) - 1) / 16)) * 79)
	dumper := Dumper(&buf)
	dumper.Write(data)
	dumper.Close()
	return buf.String()
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to w; Close
// writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

type dumper struct {
	w      io.Writer
	right  [18]byte
	used   int // bytes on the current line
	n      uint
	closed bool
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	var buf [14]byte
	for i := range data {
		if h.used == 0 {
			// The line's offset: eight hex digits and two spaces.
			off := []byte{byte(h.n >> 24), byte(h.n >> 16), byte(h.n >> 8), byte(h.n)}
			Encode(buf[4:], off)
			buf[12] = ' '
			buf[13] = ' '
			if _, err = h.w.Write(buf[4:]); err != nil {
				return
			}
		}
		Encode(buf[:], data[i:i+1])
		buf[2] = ' '
		l := 3
		if h.used == 7 {
			buf[3] = ' '
			l = 4
		} else if h.used == 15 {
			buf[3] = ' '
			buf[4] = '|'
			l = 5
		}
		if _, err = h.w.Write(buf[:l]); err != nil {
			return
		}
		n++
		c := data[i]
		if c < 32 || c > 126 {
			c = '.'
		}
		h.right[h.used] = c
		h.used++
		h.n++
		if h.used == 16 {
			h.right[16] = '|'
			h.right[17] = '\n'
			if _, err = h.w.Write(h.right[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	pad := []byte("    |")
	nBytes := h.used
	for h.used < 16 {
		l := 3
		if h.used == 7 {
			l = 4
		} else if h.used == 15 {
			l = 5
		}
		if _, err = h.w.Write(pad[:l]); err != nil {
			return
		}
		h.used++
	}
	h.right[nBytes] = '|'
	h.right[nBytes+1] = '\n'
	_, err = h.w.Write(h.right[:nBytes+2])
	return
}

// Go 1.27's API that memrun does not compile yet.


// hexEncoder writes the hexadecimal encoding of what is written to it.
type hexEncoder struct {
	w   io.Writer
	err error
	out [1024]byte
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal characters to w.
func NewEncoder(w io.Writer) io.Writer {
	return &hexEncoder{w: w}
}

func (e *hexEncoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		chunk := len(e.out) / 2
		if len(p) < chunk {
			chunk = len(p)
		}
		encoded := Encode(e.out[:], p[:chunk])
		var written int
		written, e.err = e.w.Write(e.out[:encoded])
		n += written / 2
		p = p[chunk:]
	}
	return n, e.err
}

// hexDecoder reads the bytes a hexadecimal stream encodes.
type hexDecoder struct {
	r   io.Reader
	err error
	in  []byte
	arr [1024]byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r (an even
// number of them).
func NewDecoder(r io.Reader) io.Reader {
	return &hexDecoder{r: r}
}

func (d *hexDecoder) Read(p []byte) (n int, err error) {
	// At least two characters, or the reader's error.
	if len(d.in) < 2 && d.err == nil {
		numCopy := copy(d.arr[:], d.in)
		numRead, rerr := d.r.Read(d.arr[numCopy:])
		d.err = rerr
		d.in = d.arr[:numCopy+numRead]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			if fromHex(d.in[len(d.in)-1]) > 0x0f {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if numAvail := len(d.in) / 2; len(p) > numAvail {
		p = p[:numAvail]
	}
	numDec, derr := Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*numDec:]
	if derr != nil {
		d.in, d.err = nil, derr
	}
	if len(d.in) < 2 {
		return numDec, d.err // errors only once the buffer is consumed
	}
	return numDec, derr
}
