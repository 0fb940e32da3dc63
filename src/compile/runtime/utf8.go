// Package utf8 of memrun's runtime library (unicode/utf8), written from Go's documented
// behaviour: UTF-8 decoding and encoding with Go's treatment of invalid input (RuneError of
// width 1).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the rune and its width
// in bytes: (RuneError, 0) for an empty string, (RuneError, 1) for an invalid encoding.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	c, w := decodeRune(s, 0)
	return rune(c), w
}

// DecodeRune is DecodeRuneInString of p.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) > UTFMax {
		p = p[:UTFMax]
	}
	return DecodeRuneInString(string(p))
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString of p.
func DecodeLastRune(p []byte) (r rune, size int) {
	if len(p) > UTFMax {
		p = p[len(p)-UTFMax:]
	}
	return DecodeLastRuneInString(string(p))
}

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune, or -1 if the rune is
// not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune
// (RuneError's for an invalid one) and returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	var b [UTFMax]byte
	n := EncodeRune(b[:], r)
	return append(p, b[:n]...)
}

// FullRuneInString reports whether s begins with a full UTF-8 encoding of a rune (an invalid
// encoding counts: it decodes as RuneError of width 1).
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c := s[0]
	need := 0
	switch {
	case c < 0x80:
		return true
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
	case c >= 0xF0 && c <= 0xF4:
		need = 4
	default:
		return true
	}
	if n >= need {
		return true
	}
	for i := 1; i < n; i++ {
		lo, hi := byte(0x80), byte(0xBF)
		if i == 1 {
			switch c {
			case 0xE0:
				lo = 0xA0
			case 0xED:
				hi = 0x9F
			case 0xF0:
				lo = 0x90
			case 0xF4:
				hi = 0x8F
			}
		}
		if s[i] < lo || s[i] > hi {
			return true
		}
	}
	return false
}

// FullRune is FullRuneInString of p.
func FullRune(p []byte) bool {
	if len(p) > UTFMax {
		p = p[:UTFMax]
	}
	return FullRuneInString(string(p))
}

// RuneCountInString returns the number of runes in s; an invalid byte counts as one.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, w := decodeRune(s, i)
			i += w
		}
		n++
	}
	return n
}

// RuneCount is RuneCountInString of p.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// RuneStart reports whether the byte could be the first byte of an encoded rune.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		c, w := decodeRune(s, i)
		if c == RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

// Valid is ValidString of p.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}
