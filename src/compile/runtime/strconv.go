// Package strconv of memrun's runtime library, written from Go's documented behaviour:
// integers and booleans to and from strings with gc's *NumError texts, quoting and unquoting
// (printability from the Unicode tables fmt uses), and FormatFloat through the runtime's exact
// float formatting. The body-less functions are Go 1.27's API that memrun does not compile yet.
package strconv

import (
	"errors"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange error = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax error = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ...)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error {
	return e.Err
}

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid bit size " + Itoa(bitSize))}
}

func cloneString(s string) string {
	return string([]byte(s))
}

// ParseBool returns the boolean value represented by the string: 1, t, T, TRUE, true, True,
// 0, f, F, FALSE, false, False; any other value is an error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// lower is c in lower case (for ASCII letters).
func lower(c byte) byte {
	return c | ('x' - 'X')
}

// underscoreOK reports whether the underscores in s are allowed: only with a base prefix,
// each between digits or between the prefix and a digit.
func underscoreOK(s string) bool {
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fnParseUint = "ParseUint"
	if s == "" {
		return 0, syntaxError(fnParseUint, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, baseError(fnParseUint, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fnParseUint, s0, bitSize)
	}
	// Cutoff is the smallest number such that cutoff*base > maxUint64.
	var cutoff uint64
	switch base {
	case 10:
		cutoff = (1<<64-1)/10 + 1
	case 16:
		cutoff = (1<<64-1)/16 + 1
	default:
		cutoff = (1<<64-1)/uint64(base) + 1
	}
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for _, c := range []byte(s) {
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fnParseUint, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fnParseUint, s0)
		}
		if n >= cutoff {
			// n*base overflows
			return maxVal, rangeError(fnParseUint, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			// n+d overflows
			return maxVal, rangeError(fnParseUint, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fnParseUint, s0)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size (0 to 64) and
// returns the corresponding value i; out of range, the nearest limit with ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fnParseInt = "ParseInt"
	if s == "" {
		return 0, syntaxError(fnParseInt, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fnParseInt
		err.(*NumError).Num = cloneString(s0)
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fnParseInt, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fnParseInt, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	const fnAtoi = "Atoi"
	i64, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = fnAtoi
	}
	return int(i64), err
}

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns the string representation of i in the given base (2 to 36).
func FormatUint(i uint64, base int) string {
	if base == 10 {
		return formatDecimal(i, false)
	}
	return string(formatBits(nil, i, base, false))
}

// FormatInt returns the string representation of i in the given base (2 to 36).
func FormatInt(i int64, base int) string {
	if base == 10 {
		return formatDecimal(uint64(i), i < 0)
	}
	return string(formatBits(nil, uint64(i), base, i < 0))
}

// smallDecimals spells 0 to 99, two digits each: gc returns these without allocating.
const smallDecimals = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

// formatDecimal is u (negated first when neg) in base 10, allocated once.
func formatDecimal(u uint64, neg bool) string {
	if neg {
		u = -u
	} else if u < 100 {
		if u < 10 {
			return smallDecimals[u*2+1 : u*2+2]
		}
		return smallDecimals[u*2 : u*2+2]
	}
	var a [20]byte
	i := len(a)
	for u >= 10 {
		q := u / 10
		i--
		a[i] = byte('0' + u - q*10)
		u = q
	}
	i--
	a[i] = byte('0' + u)
	n := len(a) - i
	if neg {
		n++
	}
	p := allocNoscan(n)
	k := 0
	if neg {
		store8(p, '-')
		k = 1
	}
	for ; i < len(a); i++ {
		store8(p+uintptr(k), a[i])
		k++
	}
	return mkstr(p, n)
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the string form of the integer i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return formatBits(dst, uint64(i), base, i < 0)
}

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return formatBits(dst, i, base, false)
}

func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [65]byte
	i := len(a)
	if neg {
		u = -u
	}
	b := uint64(base)
	for u >= b {
		i--
		a[i] = digits[u%b]
		u /= b
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}

// quoteWith runs quoting with the given + and # flags of fmt's quoting, restoring them.
func quoteWith(s string, ascii bool) string {
	plus, sharp := fPlus, fSharp
	fPlus, fSharp = ascii, false
	q := quoted(s)
	fPlus, fSharp = plus, sharp
	return q
}

func quoteRuneWith(r rune, ascii bool) string {
	plus := fPlus
	fPlus = ascii
	q := quotedRune(int(r))
	fPlus = plus
	return q
}

// Quote returns a double-quoted Go string literal representing s, with Go escapes for
// control characters and non-printable characters as defined by IsPrint.
func Quote(s string) string { return quoteWith(s, false) }

// QuoteToASCII is Quote with non-ASCII characters escaped too.
func QuoteToASCII(s string) string { return quoteWith(s, true) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, Quote(s)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, QuoteToASCII(s))
}

// appendQuoted appends q, the quoted form of s, to dst as gc's strconv does: with room for
// s and its two quotes made at once (exactly that capacity) when dst lacks room for s, then
// a byte at a time, so that its capacity grows as gc's.
func appendQuoted(dst []byte, s, q string) []byte {
	if cap(dst)-len(dst) < len(s) {
		room := make([]byte, len(dst), len(dst)+len(s)+2)
		copy(room, dst)
		dst = room
	}
	for i := 0; i < len(q); i++ {
		dst = append(dst, q[i])
	}
	return dst
}

// QuoteRune returns a single-quoted Go character literal representing the rune.
func QuoteRune(r rune) string { return quoteRuneWith(r, false) }

// QuoteRuneToASCII is QuoteRune with a non-ASCII character escaped.
func QuoteRuneToASCII(r rune) string { return quoteRuneWith(r, true) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

// CanBackquote reports whether s can be represented unchanged as a single-line backquoted
// string (no control characters other than tab, no backquote, valid UTF-8, no BOM).
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

// IsPrint reports whether the rune is defined as printable by Go: letters, numerals,
// punctuation, symbols and ASCII space.
func IsPrint(r rune) bool { return isPrint(int(r)) }

// IsGraphic is like IsPrint but also allows Unicode's other spaces (category Zs).
func IsGraphic(r rune) bool {
	if r >= 0 && r <= 0x10FFFF && uIs(uGraphic, int(r)) {
		return true
	}
	return IsPrint(r)
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character or byte in the escaped string or character
// literal represented by s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			err = ErrSyntax
			return
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string literal,
// returning the string value that s quotes.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	if quote != s[n-1] {
		return "", ErrSyntax
	}
	body := s[1 : n-1]
	switch quote {
	case '`':
		if contains(body, '`') {
			return "", ErrSyntax
		}
		if contains(body, '\r') {
			b := make([]byte, 0, len(body))
			for i := 0; i < len(body); i++ {
				if body[i] != '\r' {
					b = append(b, body[i])
				}
			}
			return string(b), nil
		}
		return body, nil
	case '"', '\'':
		if quote == '"' && !contains(body, '\\') && !contains(body, '"') && !contains(body, '\n') && utf8.ValidString(body) {
			return body, nil
		}
		var buf []byte
		count := 0
		for len(body) > 0 {
			if body[0] == '\n' {
				return "", ErrSyntax
			}
			c, multibyte, rest, err := UnquoteChar(body, quote)
			if err != nil {
				return "", err
			}
			body = rest
			if c < utf8.RuneSelf || !multibyte {
				buf = append(buf, byte(c))
			} else {
				buf = utf8.AppendRune(buf, c)
			}
			count++
			if quote == '\'' && count > 1 {
				return "", ErrSyntax
			}
		}
		return string(buf), nil
	}
	return "", ErrSyntax
}

func contains(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// FormatFloat converts the floating-point number f to a string, according to the format fmt
// ('e', 'E', 'f', 'g', 'G', 'b', 'x', 'X') and precision prec (-1:
// the smallest number of digits necessary to represent the value uniquely), assuming a value
// of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	switch fmt {
	case 'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X':
	default:
		return "%" + string(rune(fmt))
	}
	switch bitSize {
	case 32:
		return ftoa(uint64(float32bits(float32(f))), 4, int(fmt), prec)
	case 64:
		return ftoa(float64bits(f), 8, int(fmt), prec)
	}
	panic("strconv: illegal AppendFloat/FormatFloat bitSize")
}

// AppendFloat appends the string form of the floating-point number f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// commonPrefixLenIgnoreCase is the length of the common prefix of s and prefix (lower-case
// ASCII), ignoring case.
func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// ParseFloat converts s to a floating-point number of bitSize bits (32 or 64), correctly
// rounded (IEEE 754 round to nearest, ties to even); out of range, ±Inf with ErrRange.
// Decimal literals, "inf", "infinity" and "nan" (any case) are accepted; hexadecimal ones
// are not compiled yet.
func ParseFloat(s string, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	if len(s) == 0 {
		return 0, syntaxError(fn, s)
	}
	// Infinities and NaN.
	t, sign := s, 1.0
	if t[0] == '+' || t[0] == '-' {
		if t[0] == '-' {
			sign = -1
		}
		t = t[1:]
	}
	if n := commonPrefixLenIgnoreCase(t, "infinity"); n == 3 || n == 8 {
		if n == len(t) {
			return sign / zero(), nil
		}
		return 0, syntaxError(fn, s)
	}
	if len(t) == len(s) && commonPrefixLenIgnoreCase(s, "nan") == 3 {
		if len(s) == 3 {
			// math.NaN()'s bits (as float32 for bitSize 32), as gc returns.
			nan := float64frombits(0x7FF8000000000001)
			if bitSize == 32 {
				return float64(float32(nan)), nil
			}
			return nan, nil
		}
		return 0, syntaxError(fn, s)
	}
	if len(t) >= 2 && t[0] == '0' && lower(t[1]) == 'x' {
		return parseHexFloat(s, t, len(t) < len(s) && s[0] == '-', bitSize)
	}
	d := decNew()
	neg := len(t) < len(s) && s[0] == '-'
	nd, dp := 0, 0
	trunc, sawdot, sawdigits, underscores := false, false, false, false
	i := 0
	for ; i < len(t); i++ {
		c := t[i]
		if c == '_' {
			// Allowed between digits (checked below, as Go syntax has them).
			underscores = true
			continue
		}
		if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
			dp = nd
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		sawdigits = true
		if c == '0' && nd == 0 {
			dp--
			continue
		}
		if nd < decCap {
			decSet(d, nd, int(c-'0'))
			nd++
		} else if c != '0' {
			trunc = true
		}
	}
	if !sawdigits {
		return 0, syntaxError(fn, s)
	}
	if !sawdot {
		dp = nd
	}
	if i < len(t) && lower(t[i]) == 'e' {
		i++
		if i >= len(t) {
			return 0, syntaxError(fn, s)
		}
		esign := 1
		if t[i] == '+' {
			i++
		} else if t[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(t) || t[i] < '0' || t[i] > '9' {
			return 0, syntaxError(fn, s)
		}
		e := 0
		for ; i < len(t) && ('0' <= t[i] && t[i] <= '9' || t[i] == '_'); i++ {
			if t[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(t[i]) - '0'
			}
		}
		dp += e * esign
	}
	if i != len(t) || underscores && !underscoreOK(s) {
		return 0, syntaxError(fn, s)
	}
	store64(d+decNd, nd)
	store64(d+decDp, dp)
	if trunc {
		store64(d+decTrunc, 1)
	}
	decTrim(d)
	if bitSize == 32 {
		bits, overflow := decToFloat(d, neg, 23, 8, -127)
		f := float64(float32frombits(uint32(bits)))
		if overflow {
			return f, rangeError(fn, s)
		}
		return f, nil
	}
	bits, overflow := decToFloat(d, neg, 52, 11, -1023)
	f := float64frombits(bits)
	if overflow {
		return f, rangeError(fn, s)
	}
	return f, nil
}

// parseHexFloat parses t, s without its sign, as a hexadecimal floating-point number
// ("0x1.8p3": the binary exponent is required), correctly rounded to bitSize bits.
func parseHexFloat(s, t string, neg bool, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	var mant uint64
	exp := 0
	sawdigits, sawdot, sticky, underscores := false, false, false, false
	i := 2
	for ; i < len(t); i++ {
		if t[i] == '_' {
			underscores = true
			continue
		}
		c := lower(t[i])
		if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
			continue
		}
		v := 0
		if '0' <= c && c <= '9' {
			v = int(c - '0')
		} else if 'a' <= c && c <= 'f' {
			v = int(c-'a') + 10
		} else {
			break
		}
		sawdigits = true
		if mant>>60 == 0 {
			mant = mant<<4 | uint64(v)
			if sawdot {
				exp -= 4
			}
		} else {
			// Beyond 64 bits: only whether anything was dropped matters.
			if v != 0 {
				sticky = true
			}
			if !sawdot {
				exp += 4
			}
		}
	}
	if !sawdigits || i >= len(t) || lower(t[i]) != 'p' {
		return 0, syntaxError(fn, s)
	}
	i++
	esign := 1
	if i < len(t) && (t[i] == '+' || t[i] == '-') {
		if t[i] == '-' {
			esign = -1
		}
		i++
	}
	if i >= len(t) || t[i] < '0' || t[i] > '9' {
		return 0, syntaxError(fn, s)
	}
	e := 0
	for ; i < len(t) && ('0' <= t[i] && t[i] <= '9' || t[i] == '_'); i++ {
		if t[i] == '_' {
			underscores = true
			continue
		}
		if e < 100000 {
			e = e*10 + int(t[i]-'0')
		}
	}
	if i != len(t) || underscores && !underscoreOK(s) {
		return 0, syntaxError(fn, s)
	}
	exp += esign * e
	mbits, ebits, bias := 52, 11, 1023
	if bitSize == 32 {
		mbits, ebits, bias = 23, 8, 127
	}
	var signBit uint64
	if neg {
		signBit = 1 << uint(mbits+ebits)
	}
	if mant == 0 {
		return hexBits(signBit, bitSize), nil
	}
	// mant*2^exp with mant in [2^60, 2^61).
	for mant >= 1<<61 {
		if mant&1 != 0 {
			sticky = true
		}
		mant >>= 1
		exp++
	}
	for mant < 1<<60 {
		mant <<= 1
		exp--
	}
	ue := exp + 60
	shift := 60 - mbits
	if minExp := 1 - bias; ue < minExp {
		shift += minExp - ue
		ue = minExp
	}
	if shift >= 64 {
		return hexBits(signBit, bitSize), nil
	}
	m := mant >> uint(shift)
	half := (mant >> uint(shift-1)) & 1
	rest := sticky || mant&(1<<uint(shift-1)-1) != 0
	if half == 1 && (rest || m&1 == 1) {
		m++
	}
	if m == 1<<uint(mbits+1) {
		m >>= 1
		ue++
	}
	biased := 0
	if m >= 1<<uint(mbits) {
		biased = ue + bias
	}
	if biased >= 1<<uint(ebits)-1 {
		return hexBits(signBit|uint64(1<<uint(ebits)-1)<<uint(mbits), bitSize), rangeError(fn, s)
	}
	return hexBits(signBit|uint64(biased)<<uint(mbits)|m&(1<<uint(mbits)-1), bitSize), nil
}

// hexBits is the float of bitSize bits (32 or 64) as a float64.
func hexBits(bits uint64, bitSize int) float64 {
	if bitSize == 32 {
		return float64(float32frombits(uint32(bits)))
	}
	return float64frombits(bits)
}

// zero is 0.0 where a constant would be folded (x/zero() makes an infinity or NaN).
func zero() float64 {
	return 0
}

// QuoteToGraphic is Quote keeping what IsGraphic accepts (Unicode's spaces too) as it is.
func QuoteToGraphic(s string) string {
	quoteGraphic = true
	q := quoteWith(s, false)
	quoteGraphic = false
	return q
}

// QuoteRuneToGraphic is QuoteRune keeping what IsGraphic accepts as it is.
func QuoteRuneToGraphic(r rune) string {
	quoteGraphic = true
	q := quoteRuneWith(r, false)
	quoteGraphic = false
	return q
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// Go 1.27's API that memrun does not compile yet.

func FormatComplex(c complex128, fmt byte, prec, bitSize int) string
func ParseComplex(s string, bitSize int) (complex128, error)
func QuotedPrefix(s string) (string, error)
