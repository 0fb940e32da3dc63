// Package base64 of memrun's runtime library (encoding/base64): base64 encoding as RFC 4648
// specifies it, with gc's handling of padding, newlines and corrupt input.
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix 64 encoding/decoding scheme, defined by a 64-character alphabet.
type Encoding struct {
	encode    string
	decodeMap [256]byte
	padChar   rune
	strict    bool
}

// The padding characters.
const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

const encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// NewEncoding returns a new padded Encoding defined by the given 64-byte alphabet, which
// must not contain the padding character or CR / LF; it panics otherwise.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := new(Encoding)
	e.encode = encoder
	e.padChar = StdPadding
	for i := 0; i < len(e.decodeMap); i++ {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < len(encoder); i++ {
		switch {
		case encoder[i] == '\n', encoder[i] == '\r':
			panic("encoding alphabet contains newline character")
		case e.decodeMap[encoder[i]] != 0xff:
			panic("encoding alphabet includes duplicate symbols")
		}
		e.decodeMap[encoder[i]] = uint8(i)
	}
	return e
}

// WithPadding creates a new encoding identical to enc except with the specified padding
// character, or NoPadding to disable padding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	switch {
	case padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff:
		panic("invalid padding")
	case padding != NoPadding && enc.decodeMap[byte(padding)] != 0xff:
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict creates a new encoding identical to enc except with strict decoding enabled: the
// trailing padding bits must be zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// The standard encodings of RFC 4648.
var (
	StdEncoding    *Encoding = NewEncoding(encodeStd)
	URLEncoding    *Encoding = NewEncoding(encodeURL)
	RawStdEncoding *Encoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding *Encoding = URLEncoding.WithPadding(NoPadding)
)

// Encode encodes src using the encoding enc, writing EncodedLen(len(src)) bytes to dst.
func (enc *Encoding) Encode(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	di, si := 0, 0
	n := (len(src) / 3) * 3
	for si < n {
		val := uint(src[si+0])<<16 | uint(src[si+1])<<8 | uint(src[si+2])
		dst[di+0] = enc.encode[val>>18&0x3F]
		dst[di+1] = enc.encode[val>>12&0x3F]
		dst[di+2] = enc.encode[val>>6&0x3F]
		dst[di+3] = enc.encode[val&0x3F]
		si += 3
		di += 4
	}
	remain := len(src) - si
	if remain == 0 {
		return
	}
	val := uint(src[si+0]) << 16
	if remain == 2 {
		val |= uint(src[si+1]) << 8
	}
	dst[di+0] = enc.encode[val>>18&0x3F]
	dst[di+1] = enc.encode[val>>12&0x3F]
	switch remain {
	case 2:
		dst[di+2] = enc.encode[val>>6&0x3F]
		if enc.padChar != NoPadding {
			dst[di+3] = byte(enc.padChar)
		}
	case 1:
		if enc.padChar != NoPadding {
			dst[di+2] = byte(enc.padChar)
			dst[di+3] = byte(enc.padChar)
		}
	}
}

// AppendEncode appends the base64 encoded src to dst.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	out := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(out, src)
	return append(dst, out...)
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length in bytes of the base64 encoding of an input buffer of
// length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length in bytes of the decoded data corresponding to n
// bytes of base64-encoded data.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// CorruptInputError reports the offset of illegal base64 data.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// decodeQuantum decodes up to 4 base64 characters from src at si (skipping newlines) into
// dst: the new position, the bytes written, and an error for corrupt input or padding.
func (enc *Encoding) decodeQuantum(dst, src []byte, si int) (int, int, error) {
	var dbuf [4]byte
	dlen := 4
	var err error
	for j := 0; j < len(dbuf); j++ {
		if len(src) == si {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			dlen = j
			break
		}
		in := src[si]
		si++
		out := enc.decodeMap[in]
		if out != 0xff {
			dbuf[j] = out
			continue
		}
		if in == '\n' || in == '\r' {
			j--
			continue
		}
		if rune(in) != enc.padChar {
			return si, 0, CorruptInputError(si - 1)
		}
		// Padding: the end of the data.
		if j == 0 || j == 1 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 {
			// A second padding character must follow (after any newlines).
			for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si)
		}
		dlen = j
		break
	}
	val := uint(dbuf[0])<<18 | uint(dbuf[1])<<12 | uint(dbuf[2])<<6 | uint(dbuf[3])
	b0, b1, b2 := byte(val>>16), byte(val>>8), byte(val)
	switch dlen {
	case 4:
		dst[2] = b2
		b2 = 0
		dst[1] = b1
		dst[0] = b0
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		dst[0] = b0
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, dlen - 1, err
}

// Decode decodes src using the encoding enc into at most DecodedLen(len(src)) bytes of dst,
// returning the number written; new line characters are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	if len(src) == 0 {
		return 0, nil
	}
	si := 0
	for si < len(src) {
		var ninc int
		si, ninc, err = enc.decodeQuantum(dst[n:], src, si)
		n += ninc
		if err != nil {
			return n, err
		}
	}
	return n, err
}

// AppendDecode appends the base64 decoded src to dst.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	out := make([]byte, enc.DecodedLen(len(src)))
	n, err := enc.Decode(out, src)
	return append(dst, out[:n]...), err
}

// DecodeString returns the bytes represented by the base64 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}

// Go 1.27's API that memrun does not compile yet.

func NewDecoder(enc *Encoding, r io.Reader) io.Reader

// encoder encodes what is written to it, three bytes at a time; Close flushes the rest.
type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte
	nbuf int
	out  [1024]byte
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		i := 0
		for ; i < len(p) && e.nbuf < 3; i++ {
			e.buf[e.nbuf] = p[i]
			e.nbuf++
		}
		n += i
		p = p[i:]
		if e.nbuf < 3 {
			return
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		nn := len(e.out) / 4 * 3
		if nn > len(p) {
			nn = len(p)
			nn -= nn % 3
		}
		e.enc.Encode(e.out[:], p[:nn])
		if _, e.err = e.w.Write(e.out[0 : nn/3*4]); e.err != nil {
			return n, e.err
		}
		n += nn
		p = p[nn:]
	}
	copy(e.buf[:], p)
	e.nbuf = len(p)
	n += len(p)
	return
}

// Close flushes any pending output; it does not close the underlying writer.
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

// NewEncoder returns a new base64 stream encoder: data written to it is encoded and written
// to w; Close writes the final partial block.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}
