// Package bytes of memrun's runtime library: byte slice functions (searching runs package
// strings' code over a zero-copy view of the slice; results alias their input as gc's do,
// and are nil where gc's are), Buffer and Reader.
package bytes

import (
	"errors"
	"io"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// view is b as a string without copying: only for reading while b is not written.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return mkstr(sliceaddr(b), len(b))
}

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

// ErrTooLarge is passed to panic if memory cannot be allocated to store data in a buffer.
var ErrTooLarge error = errors.New("bytes.Buffer: too large")

var errNegativeRead error = errors.New("bytes.Buffer: reader returned negative count from Read")
var errUnreadByte error = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// Equal reports whether a and b are the same length and contain the same bytes.
func Equal(a, b []byte) bool { return view(a) == view(b) }

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int { return strings.Compare(view(a), view(b)) }

// Clone returns a copy of b (nil for nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return strings.Contains(view(b), view(subslice)) }

// ContainsAny reports whether any of the UTF-8 code points in chars are within b.
func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(view(b), chars) }

// ContainsRune reports whether the rune is contained in the UTF-8 encoded b.
func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(view(b), r) }

// ContainsFunc reports whether any of the code points r in b satisfy f(r).
func ContainsFunc(b []byte, f func(rune) bool) bool { return strings.ContainsFunc(view(b), f) }

// Count counts the non-overlapping instances of sep in s (the code points plus one for an
// empty sep).
func Count(s, sep []byte) int { return strings.Count(view(s), view(sep)) }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(view(s), view(prefix)) }

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(view(s), view(suffix)) }

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int { return strings.Index(view(s), view(sep)) }

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int { return strings.IndexByte(view(b), c) }

// IndexRune returns the byte index of the first occurrence of the rune r in s, or -1.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(view(s), r) }

// IndexAny returns the byte index of the first occurrence in s of any of the code points in
// chars, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(view(s), chars) }

// IndexFunc returns the byte index of the first code point satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(view(s), f) }

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(view(s), view(sep)) }

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int { return strings.LastIndexByte(view(s), c) }

// LastIndexAny returns the byte index of the last occurrence in s of any of the code points
// in chars, or -1.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(view(s), chars) }

// LastIndexFunc returns the byte index of the last code point satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return strings.LastIndexFunc(view(s), f) }

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(view(s), view(t)) }

// ToUpper returns a copy of s with all Unicode letters mapped to their upper case.
func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(view(s))) }

// ToLower returns a copy of s with all Unicode letters mapped to their lower case.
func ToLower(s []byte) []byte { return []byte(strings.ToLower(view(s))) }

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(view(s))) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	return []byte(strings.ToValidUTF8(view(s), string(replacement)))
}

// Map returns a copy of s with each character modified by mapping (dropped if negative).
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		wid := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += wid
	}
	return b
}

// Runes interprets s as UTF-8 and returns its code points.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	i := 0
	for len(s) > 0 {
		r, l := utf8.DecodeRune(s)
		t[i] = r
		i++
		s = s[l:]
	}
	return t
}

// Repeat returns a new byte slice of count copies of b; it panics for a negative count or
// an overflowing length.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > (1<<63-1)/count {
		panic("bytes: Repeat output length overflow")
	}
	out := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		out = append(out, b...)
	}
	return out
}

// Replace returns a copy of s with the first n (all if n < 0) non-overlapping instances of
// old replaced by new.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	return []byte(strings.Replace(view(s), string(old), string(new), n))
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Join concatenates the elements of s with sep between them into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	b = append(b, s[0]...)
	for _, v := range s[1:] {
		b = append(b, sep...)
		b = append(b, v...)
	}
	return b
}

// explode splits s into its UTF-8 sequences (at most n pieces, the last the rest).
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size := utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// genSplit splits s around sep (keeping sepSave bytes of it), into at most n pieces; each
// piece but the last has its capacity cut at its end.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into at most n subslices separated by sep.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into at most n subslices after each instance of sep.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s at each run of code points satisfying f.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var starts, ends []int
	start := -1
	for i := 0; i < len(s); {
		size := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				starts = append(starts, start)
				ends = append(ends, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		starts = append(starts, start)
		ends = append(ends, len(s))
	}
	a := make([][]byte, len(starts))
	for i := range starts {
		a[i] = s[starts[i]:ends[i]:ends[i]]
	}
	return a
}

// Cut slices s around the first instance of sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutLast slices s around the last instance of sep.
func CutLast(s, sep []byte) (before, after []byte, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without the provided leading prefix and whether it was there.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix and whether it was there.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// TrimPrefix returns s without the provided leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// TrimLeftFunc returns s without its leading code points that satisfy f (nil if none is
// left).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := 0
	for i < len(s) {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if !f(r) {
			return s[i:]
		}
		i += w
	}
	return nil
}

// TrimRightFunc returns s without its trailing code points that satisfy f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := len(s)
	for i > 0 {
		r, w := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s[:i])
		}
		if !f(r) {
			break
		}
		i -= w
	}
	return s[0:i]
}

// TrimFunc returns s without its leading and trailing code points that satisfy f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// inCutset reports whether r is one of cutset's code points.
func inCutset(r rune, cutset string) bool {
	return strings.ContainsRune(cutset, r)
}

// TrimLeft returns s without its leading code points contained in cutset (nil if none is
// left).
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, func(r rune) bool { return inCutset(r, cutset) })
}

// TrimRight returns s without its trailing code points contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return TrimRightFunc(s, func(r rune) bool { return inCutset(r, cutset) })
}

// Trim returns s without its leading and trailing code points contained in cutset (nil if
// none is left).
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimSpace returns s without its leading and trailing white space (nil if none is left).
func TrimSpace(s []byte) []byte {
	t := TrimFunc(s, unicode.IsSpace)
	if len(t) == 0 {
		return nil
	}
	return t
}

// A Buffer is a variable-sized buffer of bytes with Read and Write methods; the zero value
// is an empty buffer ready to use.
type Buffer struct {
	buf      []byte
	off      int
	lastRead int // -1: UnreadByte allowed; 1-4: the size of the rune UnreadRune may restore
}

// NewBuffer creates and initializes a new Buffer using buf as its initial contents.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString creates and initializes a new Buffer using string s as its initial
// contents.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread portion of the buffer (aliasing it).
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// AvailableBuffer returns an empty buffer with b.Available() capacity, to append to and then
// Write.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// String returns the unread portion of the buffer as a string ("<nil>" for a nil Buffer).
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns the number of bytes of the unread portion of the buffer.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the buffer's underlying byte slice.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available returns how many bytes are unused in the buffer.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// Truncate discards all but the first n unread bytes from the buffer.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset resets the buffer to be empty, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

// grow makes room for n more bytes and returns where they go. Its growth follows gc's: a
// first small buffer of 64 bytes, sliding the data down when that frees enough room, else
// twice the capacity plus n, rounded up to an allocation size class.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if l, ok := b.tryGrowByReslice(n); ok {
		return l
	}
	if b.buf == nil && n <= 64 {
		b.buf = make([]byte, n, 64)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		copy(b.buf, b.buf[b.off:])
	} else if c > 1<<62-c-n {
		panic(ErrTooLarge)
	} else {
		// Twice the capacity past the read part at least, in a whole size class.
		want := m + b.off + n
		if want < 2*(c-b.off) {
			want = 2 * (c - b.off)
		}
		nb := append([]byte(nil), make([]byte, want)...)
		copy(nb, b.buf[b.off:])
		b.buf = nb
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

// Grow grows the buffer's capacity to guarantee space for another n bytes; it panics for a
// negative n.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

// tryGrowByReslice makes room for n more bytes within the capacity, if there is room (an
// empty buffer's read part is not reclaimed then): where they start.
func (b *Buffer) tryGrowByReslice(n int) (int, bool) {
	if l := len(b.buf); n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l, true
	}
	return 0, false
}

// room is where n more bytes go: within the capacity if they fit, else after growing.
func (b *Buffer) room(n int) int {
	m, ok := b.tryGrowByReslice(n)
	if !ok {
		m = b.grow(n)
	}
	return m
}

// Write appends the contents of p to the buffer.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	m := b.room(len(p))
	return copy(b.buf[m:], p), nil
}

// WriteString appends the contents of s to the buffer.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	m := b.room(len(s))
	return copy(b.buf[m:], s), nil
}

// WriteByte appends the byte c to the buffer.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = 0
	m := b.room(1)
	b.buf[m] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r to the buffer.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = 0
	m := b.room(utf8.UTFMax)
	b.buf = utf8.AppendRune(b.buf[:m], r)
	return len(b.buf) - m, nil
}

// ReadFrom reads data from r until EOF and appends it to the buffer.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = 0
	for {
		i := b.grow(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes data to w until the buffer is drained or an error occurs.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = 0
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > nBytes {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != nBytes {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read reads the next len(p) bytes from the buffer or until it is drained (io.EOF when it
// has nothing and p is not empty).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.Len() == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = -1
	}
	return n, nil
}

// Peek returns the next n bytes without advancing the buffer (fewer, with io.EOF, when the
// buffer holds fewer).
func (b *Buffer) Peek(n int) ([]byte, error) {
	if b.Len() < n {
		return b.buf[b.off:], io.EOF
	}
	return b.buf[b.off : b.off+n], nil
}

// Next returns a slice containing the next n bytes from the buffer, advancing it.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = 0
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = -1
	}
	return data
}

// ReadByte reads and returns the next byte from the buffer (io.EOF when none is left).
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = -1
	return c, nil
}

// ReadRune reads and returns the next UTF-8-encoded code point from the buffer.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	c := b.buf[b.off]
	if c < utf8.RuneSelf {
		b.off++
		b.lastRead = 1
		return rune(c), 1, nil
	}
	r, n := utf8.DecodeRune(b.buf[b.off:])
	b.off += n
	b.lastRead = n
	return r, n, nil
}

// UnreadRune unreads the last rune returned by ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= 0 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= b.lastRead {
		b.off -= b.lastRead
	}
	b.lastRead = 0
	return nil
}

// UnreadByte unreads the last byte returned by the most recent successful read operation.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == 0 {
		return errUnreadByte
	}
	b.lastRead = 0
	if b.off > 0 {
		b.off--
	}
	return nil
}

// ReadBytes reads until the first occurrence of delim, returning the data up to and
// including it (io.EOF if delim is not found).
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	slice, err := b.readSlice(delim)
	return append([]byte(nil), slice...), err
}

func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = -1
	return line, err
}

// ReadString reads until the first occurrence of delim, returning a string of the data up
// to and including it (io.EOF if delim is not found).
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	slice, err := b.readSlice(delim)
	return string(slice), err
}

// A Reader implements io.Reader, io.ReaderAt, io.WriterTo, io.Seeker, io.ByteScanner and
// io.RuneScanner by reading from a byte slice.
type Reader struct {
	s        []byte
	i        int64
	prevRune int
}

// NewReader returns a new Reader reading from b.
func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

// Len returns the number of bytes of the unread portion of the slice.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size returns the original length of the underlying byte slice.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read implements io.Reader.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

// ReadAt implements io.ReaderAt.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

// ReadByte implements io.ByteReader.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

// UnreadByte complements ReadByte.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune implements io.RuneReader.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune complements ReadRune.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek implements io.Seeker.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

// WriteTo implements io.WriterTo.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	b := r.s[r.i:]
	m, err := w.Write(b)
	if m > len(b) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(b) && err == nil {
		err = io.ErrShortWrite
	}
	return n, err
}

// Reset resets the Reader to be reading from b.
func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

// Title returns a copy of s with the first letter of each word in title case.
func Title(s []byte) []byte { return []byte(strings.Title(view(s))) }

// Go 1.27's API that memrun does not compile yet.


// Lines returns an iterator over the newline-terminated lines in s, each a slice of s with
// its capacity clipped; as in gc, the iterator consumes s.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			var line []byte
			if i := IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1:i+1], s[i+1:]
			} else {
				line, s = s, nil
			}
			if !yield(line) {
				return
			}
		}
	}
}

// SplitSeq returns an iterator over the subslices of s separated by sep (Split's).
func SplitSeq(s, sep []byte) iter.Seq[[]byte] {
	return seqOf(func() [][]byte { return Split(s, sep) })
}

// SplitAfterSeq returns an iterator over the subslices of s split after each sep
// (SplitAfter's).
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] {
	return seqOf(func() [][]byte { return SplitAfter(s, sep) })
}

// FieldsSeq returns an iterator over the subslices of s around runs of white space
// (Fields's).
func FieldsSeq(s []byte) iter.Seq[[]byte] {
	return seqOf(func() [][]byte { return Fields(s) })
}

// FieldsFuncSeq returns an iterator over the subslices of s around runs of code points
// satisfying f (FieldsFunc's).
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return seqOf(func() [][]byte { return FieldsFunc(s, f) })
}

// seqOf yields the slices parts makes, made when the iteration starts.
func seqOf(parts func() [][]byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for _, p := range parts() {
			if !yield(p) {
				return
			}
		}
	}
}

func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte
