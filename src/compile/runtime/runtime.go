// The memrun runtime: what compiled programs call. It is Go, compiled by memrun's own compiler
// together with the program (only the functions a program reaches are compiled), using a few
// intrinsics that have no Go spelling: load8/store8/load64/store64 (raw memory), syscall6,
// strptr/mkstr (string headers), sliceptr/mkslice ([]string headers) and callmain.
//
// Memory: malloc.go (a size-class allocator and a conservative mark-sweep collector).
package runtime

import "os"

const (
	sysWrite     = 1
	sysOpen      = 2
	sysFcntl     = 72
	sysMmap      = 9
	sysMprotect  = 10
	sysGetrlimit = 97
	sysExitGroup = 231
)

// NUL-terminated, for open(2).
const devNull = "/dev/null\x00"

// The main goroutine's stack: _start maps stackSize bytes (gc's limit is 1e9 bytes) and runs
// rt0 on it. Its lowest stackGuard bytes are made inaccessible, and every compiled function of
// the program checks on entry that the stack pointer is above stackLimit, which leaves
// stackReserve bytes for the runtime to report the overflow the way gc does.
const (
	stackSize    = 1 << 30
	stackGuard   = 64 << 10
	stackReserve = 256 << 10
	// Without a stack of our own (mmap refused: a strict overcommit policy or `ulimit -v`), the
	// kernel's stack is used: three quarters of RLIMIT_STACK are surely below the entry stack
	// pointer (the kernel refuses arguments and environment beyond a quarter), or this much
	// when the limit is unlimited.
	rlimitStack    = 3
	unlimitedStack = 64 << 20
)

// envs is the process's environment, as rt0 found it (package os reads and changes it).
var envs []string

var stackLo uintptr
var stackHi uintptr
var stackLimit uintptr


// The output buffer every fmt call formats into.
var buf uintptr
var blen int
var bcap int

// Formatting state of the verb being formatted (Go's fmt.fmt flags).
var fWid int
var fPrec int
var fWidPresent bool
var fPrecPresent bool
var fMinus bool
var fPlus bool
var fSharp bool
var fSpace bool
var fZero bool
var fPlusV bool
var fSharpV bool

// wrapErrs is set while fmt.Errorf formats: %w then takes error operands, whose indexes go
// to wrapped.
var wrapErrs bool
var wrapped []int

// fNoMethods is set while fmt formats what it reached through an unexported field: it calls
// no methods there (reflect cannot make such values interfaces).
var fNoMethods bool

// Kinds of values, as type descriptors and panics name them: 1-11 the integer kinds in the
// order int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr; then
// bool, string, and the composite kinds.
const (
	tagInt     = 1
	tagInt32   = 4
	tagUint    = 6
	tagUint8   = 7
	tagUintptr = 11
	tagBool    = 12
	tagString  = 13
	kSlice     = 14
	kArray     = 15
	kStruct    = 16
	kPointer   = 17
	kMap       = 18
	kFunc      = 19
	kChan      = 20
	kIface     = 21
	kFloat32   = 22
	kFloat64   = 23
	kUnsafePtr = 24
	kError     = 26
	kRecursive = 27
)

// A type descriptor is bytes the compiler emits for each type a program formats or puts in
// an interface (its address is the type's identity):
//
//	kind u8, total length u32, size u32, method table offset u32 (0: none), name length
//	u16, name (as %T prints it), then
//	slice: the element's descriptor; array: length u32, element; pointer: 1 and the
//	element's descriptor when fmt prints through it (at the top level), else 0; struct:
//	field count u16, then per field: name length u8, name, offset u32, the field's descriptor;
//	interface: method count u16, then per method: name length u8, name, signature length
//	u16, signature (as the runtime prints it), sorted by name;
//	kRecursive (a type inside itself): the distance u32 back to the enclosing descriptor of
//	the same type (dResolve follows it).
//
// A method table (of a type with methods that some interface names) is a count u16, then
// per method: its code u64 (taking the interface's data word first), name length u8, name,
// signature length u16, signature. Integers are little-endian; nested descriptors are
// inline.
func dKind(d uintptr) int {
	return int(load8(d))
}

func dLen(d uintptr) int {
	return loadU(d+1, 4)
}

func dSize(d uintptr) int {
	return loadU(d+5, 4)
}

func dName(d uintptr) string {
	return mkstr(d+15, loadU(d+13, 2))
}

// dMethods is a descriptor's first method record and its method count.
func dMethods(d uintptr) (uintptr, int) {
	off := loadU(d+9, 4)
	if off == 0 {
		return 0, 0
	}
	return d + uintptr(off) + 2, loadU(d+uintptr(off), 2)
}

// dFields is a struct descriptor's first field record and its field count. A record is the
// name's length u8, the name, the offset u32, then the field's descriptor.
func dFields(d uintptr) (uintptr, int) {
	body := dBody(d)
	return body + 2, loadU(body, 2)
}

// fName is a field record's name.
func fName(f uintptr) string {
	return mkstr(f+1, int(load8(f)))
}

// fOffset is a field's offset in its struct.
func fOffset(f uintptr) uintptr {
	return uintptr(loadU(f+1+uintptr(load8(f)), 4))
}

// fDesc is a field's descriptor.
func fDesc(f uintptr) uintptr {
	return f + 5 + uintptr(load8(f))
}

// fNext is the record after f.
func fNext(f uintptr) uintptr {
	fd := fDesc(f)
	return fd + uintptr(dLen(fd))
}

// fBlank reports a field named _, which comparisons and hashing skip.
func fBlank(f uintptr) bool {
	return load8(f) == 1 && load8(f+1) == '_'
}

// dResolve is the descriptor a kRecursive reference stands for; any other, itself.
func dResolve(d uintptr) uintptr {
	if dKind(d) == kRecursive {
		return d - uintptr(loadU(dBody(d), 4))
	}
	return d
}

// dBody is where a descriptor's kind-specific part starts.
func dBody(d uintptr) uintptr {
	return d + 15 + uintptr(loadU(d+13, 2))
}

// loadU reads an n-byte little-endian unsigned integer.
func loadU(p uintptr, n int) int {
	v := 0
	for i := n - 1; i >= 0; i-- {
		v = v<<8 | int(load8(p+uintptr(i)))
	}
	return v
}

// loadScalar reads the words fmtArg takes for a value of integer, bool or string kind at p.
func loadScalar(kind int, size int, p uintptr) (int, int) {
	if kind == tagString {
		return load64(p), load64(p + 8)
	}
	v := loadU(p, size)
	if kind >= 1 && kind <= 5 && size < 8 {
		// Sign-extend.
		shift := uint(64 - size*8)
		v = v << shift >> shift
	}
	return v, 0
}

// libinit initialises package runtime's variables (the compiler puts their initialisation
// here; each other library package has its own, which a program calls when it imports it).
func libinit() {
}

func rt0(sp uintptr, lo uintptr, blo uintptr, bhi uintptr) {
	heapinit(blo, bhi)
	if lo != 0 {
		stackLo = lo
		stackHi = lo + stackSize
		syscall6(sysMprotect, int(lo), stackGuard, 0, 0, 0, 0)
		stackLimit = lo + stackGuard + stackReserve
	} else {
		size := unlimitedStack
		lim := alloc(16)
		if syscall6(sysGetrlimit, rlimitStack, int(lim), 0, 0, 0, 0) == 0 && load64(lim) > 0 {
			size = load64(lim) / 4 * 3
		}
		stackHi = sp
		stackLo = sp - uintptr(size)
		reserve := stackReserve
		if reserve > size/4 {
			reserve = size / 4 // a tiny RLIMIT_STACK: keep most of it for the program
		}
		stackLimit = stackLo + uintptr(reserve)
	}
	schedinit()
	libinit()
	// Standard descriptors the program was started without are opened on /dev/null, as gc's
	// runtime does, so that a file it opens is never mistaken for one of them.
	for fd := 0; fd < 3; fd++ {
		if syscall6(sysFcntl, fd, 1, 0, 0, 0, 0) == -9 { // F_GETFD: EBADF
			syscall6(sysOpen, int(strptr(devNull)), 2, 0, 0, 0, 0) // O_RDWR
		}
	}
	argc := load64(sp)
	argv := sp + 8
	p := alloc(argc * 16)
	for i := 0; i < argc; i++ {
		cs := uintptr(load64(argv + uintptr(i*8)))
		n := 0
		for load8(cs+uintptr(n)) != 0 {
			n++
		}
		store64(p+uintptr(i*16), int(cs))
		store64(p+uintptr(i*16+8), n)
	}
	os.Args = mkslice(p, argc)
	envp := argv + uintptr((argc+1)*8)
	ne := 0
	for load64(envp+uintptr(ne*8)) != 0 {
		ne++
	}
	ep := alloc(ne * 16)
	for i := 0; i < ne; i++ {
		cs := uintptr(load64(envp + uintptr(i*8)))
		n := 0
		for load8(cs+uintptr(n)) != 0 {
			n++
		}
		store64(ep+uintptr(i*16), int(cs))
		store64(ep+uintptr(i*16+8), n)
	}
	envs = mkslice(ep, ne)
	gcenv()
	os.Stdin = os.NewFile(0, "/dev/stdin")
	os.Stdout = os.NewFile(1, "/dev/stdout")
	os.Stderr = os.NewFile(2, "/dev/stderr")
	installSigpipe()
	// The program's entry initialises the library packages it imports (flag.CommandLine
	// is named after os.Args[0]), then its own.
	callmain()
	if panicking != 0 {
		if goexiting() {
			// main called runtime.Goexit: the program lives on until its other
			// goroutines are done, and then deadlocks, as in gc.
			panicking, panics = 0, 0
			goexit()
		}
		printpanics()
	}
	exit(0)
}

func exit(code int) {
	syscall6(sysExitGroup, code, 0, 0, 0, 0, 0)
}

func write(fd int, p uintptr, n int) {
	for n > 0 {
		r := syscall6(sysWrite, fd, int(p), n, 0, 0, 0)
		if r == -4 {
			continue // EINTR
		}
		if r <= 0 {
			return
		}
		p += uintptr(r)
		n -= r
	}
}

// memmove copies n bytes from src to dst; the ranges may overlap.
func memmove(dst uintptr, src uintptr, n int) {
	if dst == src || n <= 0 {
		return
	}
	if dst > src && dst < src+uintptr(n) {
		i := n
		for i >= 8 {
			i -= 8
			store64(dst+uintptr(i), load64(src+uintptr(i)))
		}
		for i > 0 {
			i--
			store8(dst+uintptr(i), load8(src+uintptr(i)))
		}
		return
	}
	if n >= 128 {
		repmovsb(dst, src, n)
		return
	}
	i := 0
	for ; i+8 <= n; i += 8 {
		store64(dst+uintptr(i), load64(src+uintptr(i)))
	}
	for ; i < n; i++ {
		store8(dst+uintptr(i), load8(src+uintptr(i)))
	}
}

// memclr sets n bytes at p to zero.
func memclr(p uintptr, n int) {
	if n >= 128 {
		repstosb(p, n)
		return
	}
	i := 0
	for ; i+8 <= n; i += 8 {
		store64(p+uintptr(i), 0)
	}
	for ; i < n; i++ {
		store8(p+uintptr(i), 0)
	}
}

// ----- slices -----

// The size classes of gc's allocator, as little-endian 16-bit values: append grows a slice's
// capacity to fill the size class its new backing array falls in, as gc's append does, so
// that cap() reports what it reports under gc.
const sizeClasses = "\x08\x00\x10\x00\x18\x00\x20\x00\x30\x00\x40\x00\x50\x00\x60\x00\x70\x00\x80\x00\x90\x00\xa0\x00\xb0\x00\xc0\x00\xd0\x00\xe0\x00\xf0\x00\x00\x01\x20\x01\x40\x01\x60\x01\x80\x01\xa0\x01\xc0\x01\xe0\x01\x00\x02\x40\x02\x80\x02\xc0\x02\x00\x03\x80\x03\x00\x04\x80\x04\x00\x05\x80\x05\x00\x06\x00\x07\x00\x08\x00\x09\x80\x0a\x00\x0c\x80\x0c\x80\x0d\x00\x10\x00\x13\x00\x15\x00\x18\x80\x19\x80\x1a\x00\x1b\x00\x20\x00\x25\x00\x26\x00\x28\x80\x2a\x00\x30\x00\x35\x00\x38\x00\x40\x00\x48\x80\x4a\x00\x50\x00\x55\x00\x60\x80\x6a\x00\x70\x00\x80"

// roundupsize is the size gc's allocator really gives a request of n bytes: the size class
// it falls in (objects with pointers above 512 bytes carry an 8-byte header), or whole 8 KiB
// pages for large objects.
func roundupsize(n int, noscan bool) int {
	req := n
	if !noscan && req > 512 {
		req += 8
	}
	if req <= 32768 {
		for i := 0; i < len(sizeClasses); i += 2 {
			c := int(sizeClasses[i]) | int(sizeClasses[i+1])<<8
			if c >= req {
				return c - (req - n)
			}
		}
	}
	return (n + 8191) &^ 8191
}

// growslice returns a new backing array for a slice at p of length oldLen and capacity oldCap
// that must hold newLen elements of size bytes, with gc's growth rule, the old elements
// copied; and its capacity. noscan is gc's sizing of pointer-free elements; unscanned says
// the collector need not look inside.
func growslice(p uintptr, oldLen int, oldCap int, newLen int, size int, noscan bool, unscanned bool) (uintptr, int) {
	if newLen < 0 {
		fatalpanic("growslice: len out of range")
	}
	if size == 0 {
		return alloc(0), newLen
	}
	newcap := oldCap
	double := newcap + newcap
	if newLen > double {
		newcap = newLen
	} else if oldCap < 256 {
		newcap = double
	} else {
		for newcap < newLen {
			newcap += (newcap + 3*256) >> 2
		}
	}
	mem := roundupsize(newcap*size, noscan)
	newcap = mem / size
	q := mallocgc(mem, unscanned)
	memmove(q, p, oldLen*size)
	return q, newcap
}

// growslicebuf is gc's growth of an append into its stack buffer buf (Go 1.27, for a slice
// its slice pass later moves to the heap): the elements move to the buffer's start, and the
// capacity grows one size class at a time. The caller checks that newLen fits the buffer.
func growslicebuf(p uintptr, oldLen int, newLen int, size int, noscan bool, buf uintptr) (uintptr, int) {
	if p != buf && oldLen != 0 {
		memmove(buf, p, oldLen*size)
	}
	newcap := roundupsize(newLen*size, noscan) / size
	if newLen < newcap {
		memclr(buf+uintptr(newLen*size), (newcap-newLen)*size)
	}
	return buf, newcap
}

// moveslice is gc's move2heap of a slice in the stack frame (Go 1.27's slice pass): a heap
// copy of the same capacity (preserve), or of the size class its length needs.
func moveslice(p uintptr, n int, c int, size int, preserve bool, noscan bool, unscanned bool) (uintptr, int) {
	if preserve {
		if c == 0 {
			return p, 0
		}
		q := mallocgc(c*size, unscanned)
		memmove(q, p, c*size)
		return q, c
	}
	if n == 0 {
		return p, 0
	}
	mem := roundupsize(n*size, noscan)
	q := mallocgc(mem, unscanned)
	memmove(q, p, n*size)
	return q, mem / size
}

// makeslice allocates the backing array of make([]T, n, c) for elements of size bytes.
func makeslice(size int, n int, c int, unscanned bool) uintptr {
	if n < 0 || (size > 0 && n > (1<<40)/size) {
		panicError("runtime error: makeslice: len out of range", errorStringDesc, false)
		return 0
	}
	if c < n || (size > 0 && c > (1<<40)/size) {
		panicError("runtime error: makeslice: cap out of range", errorStringDesc, false)
		return 0
	}
	return mallocgc(size*c, unscanned)
}

// stringtoslicebyte is []byte(s); a result of at most buf bytes gets capacity buf (gc's
// stack buffer, for a conversion that does not escape). A negative buf is -buf for a
// concatenation, whose empty result has capacity 0.
func stringtoslicebyte(s string, buf int) (uintptr, int, int) {
	c := roundupsize(len(s), true)
	if buf < 0 {
		buf = -buf
		if len(s) == 0 {
			buf = 0
		}
	}
	if len(s) <= buf {
		c = buf
	}
	p := allocNoscan(c)
	memmove(p, strptr(s), len(s))
	return p, len(s), c
}

// slicebytetostring is string(b) of the bytes p[:n].
func slicebytetostring(p uintptr, n int) string {
	if n == 0 {
		return ""
	}
	q := allocNoscan(n)
	memmove(q, p, n)
	return mkstr(q, n)
}

// stringtoslicerune is []rune(s); a result of at most buf runes gets capacity buf (gc's
// stack buffer, for a conversion that does not escape).
func stringtoslicerune(s string, buf int) (uintptr, int, int) {
	n := runeCount(s)
	c := roundupsize(n*4, true) / 4
	if n <= buf {
		c = buf
	}
	p := allocNoscan(c * 4)
	k := 0
	for i := 0; i < len(s); {
		r, w := decodeRune(s, i)
		store32(p+uintptr(k*4), r)
		k++
		i += w
	}
	return p, n, c
}

// slicerunetostring is string(r) of the runes p[:n].
func slicerunetostring(p uintptr, n int) string {
	q := allocNoscan(n * 4)
	m := 0
	for i := 0; i < n; i++ {
		m += encodeRune(q+uintptr(m), load32(p+uintptr(i*4)))
	}
	return mkstr(q, m)
}

func store32(p uintptr, v int) {
	store8(p, byte(v))
	store8(p+1, byte(v>>8))
	store8(p+2, byte(v>>16))
	store8(p+3, byte(v>>24))
}

// load32 reads a little-endian int32 (sign-extended).
func load32(p uintptr) int {
	v := int(load8(p)) | int(load8(p+1))<<8 | int(load8(p+2))<<16 | int(load8(p+3))<<24
	return int(int32(v))
}

// ----- strings -----

func concat(a string, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := len(a) + len(b)
	p := allocNoscan(n)
	memmove(p, strptr(a), len(a))
	memmove(p+uintptr(len(a)), strptr(b), len(b))
	return mkstr(p, n)
}

// concatN is a+b+c… of the n string headers at p: one allocation, or none when at most one
// operand is non-empty (gc returns that operand).
func concatN(p uintptr, n int) string {
	total := 0
	nonEmpty := 0
	last := 0
	for i := 0; i < n; i++ {
		l := load64(p + uintptr(i*16+8))
		if l > 0 {
			nonEmpty++
			last = i
		}
		total += l
	}
	if nonEmpty <= 1 {
		return mkstr(uintptr(load64(p+uintptr(last*16))), load64(p+uintptr(last*16+8)))
	}
	q := allocNoscan(total)
	off := 0
	for i := 0; i < n; i++ {
		l := load64(p + uintptr(i*16+8))
		memmove(q+uintptr(off), uintptr(load64(p+uintptr(i*16))), l)
		off += l
	}
	return mkstr(q, total)
}

func cmpstring(a string, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	pa := strptr(a)
	pb := strptr(b)
	for i := 0; i < n; i++ {
		x := load8(pa + uintptr(i))
		y := load8(pb + uintptr(i))
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

func eqstring(a string, b string) bool {
	if len(a) != len(b) {
		return false
	}
	pa := strptr(a)
	pb := strptr(b)
	if pa == pb {
		return true
	}
	n := len(a)
	i := 0
	for ; i+8 <= n; i += 8 {
		if load64(pa+uintptr(i)) != load64(pb+uintptr(i)) {
			return false
		}
	}
	for ; i < n; i++ {
		if load8(pa+uintptr(i)) != load8(pb+uintptr(i)) {
			return false
		}
	}
	return true
}

// encodeRune writes r as UTF-8 at p (invalid runes as U+FFFD) and returns the byte count.
func encodeRune(p uintptr, r int) int {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		r = 0xFFFD
	}
	if r < 0x80 {
		store8(p, byte(r))
		return 1
	}
	if r < 0x800 {
		store8(p, byte(0xC0|r>>6))
		store8(p+1, byte(0x80|r&0x3F))
		return 2
	}
	if r < 0x10000 {
		store8(p, byte(0xE0|r>>12))
		store8(p+1, byte(0x80|(r>>6)&0x3F))
		store8(p+2, byte(0x80|r&0x3F))
		return 3
	}
	store8(p, byte(0xF0|r>>18))
	store8(p+1, byte(0x80|(r>>12)&0x3F))
	store8(p+2, byte(0x80|(r>>6)&0x3F))
	store8(p+3, byte(0x80|r&0x3F))
	return 4
}

func intstring(r int64) string {
	p := allocNoscan(4)
	v := int(r)
	if r != int64(v) {
		v = -1
	}
	n := encodeRune(p, v)
	return mkstr(p, n)
}

// decodeRune decodes the UTF-8 sequence at s[i:], returning (U+FFFD, 1) for invalid input.
func decodeRune(s string, i int) (int, int) {
	n := len(s) - i
	b0 := int(s[i])
	if b0 < 0x80 {
		return b0, 1
	}
	if b0 >= 0xC2 && b0 <= 0xDF && n >= 2 {
		b1 := int(s[i+1])
		if b1&0xC0 == 0x80 {
			return (b0&0x1F)<<6 | b1&0x3F, 2
		}
	}
	if b0 >= 0xE0 && b0 <= 0xEF && n >= 3 {
		b1 := int(s[i+1])
		b2 := int(s[i+2])
		lo := 0x80
		hi := 0xBF
		if b0 == 0xE0 {
			lo = 0xA0
		}
		if b0 == 0xED {
			hi = 0x9F
		}
		if b1 >= lo && b1 <= hi && b2&0xC0 == 0x80 {
			return (b0&0x0F)<<12 | (b1&0x3F)<<6 | b2&0x3F, 3
		}
	}
	if b0 >= 0xF0 && b0 <= 0xF4 && n >= 4 {
		b1 := int(s[i+1])
		b2 := int(s[i+2])
		b3 := int(s[i+3])
		lo := 0x80
		hi := 0xBF
		if b0 == 0xF0 {
			lo = 0x90
		}
		if b0 == 0xF4 {
			hi = 0x8F
		}
		if b1 >= lo && b1 <= hi && b2&0xC0 == 0x80 && b3&0xC0 == 0x80 {
			return (b0&0x07)<<18 | (b1&0x3F)<<12 | (b2&0x3F)<<6 | b3&0x3F, 4
		}
	}
	return 0xFFFD, 1
}

// ----- panics -----

// unsupported stops a program that reached what memrun does not compile yet and could only be
// found at run time (a computed fmt format), rather than let it print something else.
func unsupported(what string) {
	die("memrun: ", what, "\n")
}

func fatalpanic(msg string) {
	die("panic: ", msg, "\n\ngoroutine 1 [running]:\nmain.main()\n\t(memrun: no stack trace)\n")
}

// die writes head, msg and tail to standard error and exits with status 2.
func die(head string, msg string, tail string) {
	blen = 0
	bstr(head)
	bstr(msg)
	bstr(tail)
	write(2, buf, blen)
	exit(2)
}

// morestack is called by a function of the program whose stack pointer sp is below stackLimit:
// gc's report of a goroutine that outgrew its stack, and its exit status.
func morestack(sp uintptr) {
	lo, hi := stackLo, stackHi
	if curg != nil {
		if sp >= curg.limit {
			// Not an overflow: the preemption tick moved the limit out of reach.
			stackLimit = curg.limit
			goyield()
			return
		}
		lo, hi = curg.stackLo, curg.stackHi
	}
	blen = 0
	bstr("runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=")
	bhex(sp)
	bstr(" stack=[")
	bhex(lo)
	bstr(", ")
	bhex(hi)
	bstr("]\nfatal error: stack overflow\n\ngoroutine ")
	bstr(itoa(goid()))
	bstr(" [running]:\n")
	if goid() == 1 {
		bstr("main.main()\n")
	}
	bstr("\t(memrun: no stack trace)\n")
	write(2, buf, blen)
	exit(2)
}

// bhex appends v as 0x-prefixed lower-case hex.
func bhex(v uintptr) {
	bstr("0x")
	started := false
	for s := 60; s >= 0; s -= 4 {
		d := int(v>>uint(s)) & 15
		if d != 0 || started || s == 0 {
			started = true
			bbyte(hexDigit(d))
		}
	}
}

// unmarkBound is a bounds panic's length (or upper bound) n, and whether the compiler
// marked it (its top bit) to say the index before it was of an unsigned type.
func unmarkBound(n int) (int, bool) {
	if n < 0 {
		return n & (1<<63 - 1), true
	}
	return n, false
}

// boundText is an index as gc prints it: an unsigned one of 1<<63 or more as unsigned.
func boundText(i int, unsigned bool) string {
	if !unsigned || i >= 0 {
		return itoa(i)
	}
	u := uint(i)
	var b [20]byte
	k := len(b)
	for u > 0 {
		k--
		b[k] = byte('0' + u%10)
		u /= 10
	}
	return string(b[k:])
}

func panicIndex(i int, n int) {
	n, unsigned := unmarkBound(n)
	if i < 0 && !unsigned {
		panicBounds("runtime error: index out of range [" + itoa(i) + "]")
		return
	}
	panicBounds("runtime error: index out of range [" + boundText(i, unsigned) + "] with length " + itoa(n))
}

func panicBounds(msg string) {
	panicError(msg, boundsErrorDesc, false)
}

func panicSliceB(hi int, n int) {
	n, unsigned := unmarkBound(n)
	if hi < 0 && !unsigned {
		panicBounds("runtime error: slice bounds out of range [:" + itoa(hi) + "]")
		return
	}
	panicBounds("runtime error: slice bounds out of range [:" + boundText(hi, unsigned) + "] with length " + itoa(n))
}

func panicSliceA(lo int, hi int) {
	hi, unsigned := unmarkBound(hi)
	if lo < 0 && !unsigned {
		panicBounds("runtime error: slice bounds out of range [" + itoa(lo) + ":]")
		return
	}
	panicBounds("runtime error: slice bounds out of range [" + boundText(lo, unsigned) + ":" + itoa(hi) + "]")
}

func panicSliceCap(hi int, n int) {
	n, unsigned := unmarkBound(n)
	if hi < 0 && !unsigned {
		panicBounds("runtime error: slice bounds out of range [:" + itoa(hi) + "]")
		return
	}
	panicBounds("runtime error: slice bounds out of range [:" + boundText(hi, unsigned) + "] with capacity " + itoa(n))
}

func panicSlice3Cap(max int, n int) {
	if max < 0 {
		panicBounds("runtime error: slice bounds out of range [::" + itoa(max) + "]")
		return
	}
	panicBounds("runtime error: slice bounds out of range [::" + itoa(max) + "] with capacity " + itoa(n))
}

func panicSliceConvert(n int, want int) {
	panicBounds("runtime error: cannot convert slice with length " + itoa(n) + " to array or pointer to array with length " + itoa(want))
}

func panicSlice3Len(max int, n int) {
	if max < 0 {
		panicBounds("runtime error: slice bounds out of range [::" + itoa(max) + "]")
		return
	}
	panicBounds("runtime error: slice bounds out of range [::" + itoa(max) + "] with length " + itoa(n))
}

func panicSlice3B(hi int, max int) {
	if hi < 0 {
		panicBounds("runtime error: slice bounds out of range [:" + itoa(hi) + ":]")
		return
	}
	panicBounds("runtime error: slice bounds out of range [:" + itoa(hi) + ":" + itoa(max) + "]")
}

func panicSlice3A(lo int, hi int) {
	if lo < 0 {
		panicBounds("runtime error: slice bounds out of range [" + itoa(lo) + "::]")
		return
	}
	panicBounds("runtime error: slice bounds out of range [" + itoa(lo) + ":" + itoa(hi) + ":]")
}

// panicmem is a nil pointer dereference (gc's report names the signal it would have taken).
func panicmem() {
	panicError("runtime error: invalid memory address or nil pointer dereference", errorStringDesc, true)
}

func panicDivide() {
	panicError("runtime error: integer divide by zero", errorStringDesc, false)
}

func panicShift() {
	panicError("runtime error: negative shift amount", errorStringDesc, false)
}

// ----- panic and recover -----

// A panic in flight, newest first: its value (an interface pair), whether a deferred call
// recovered it, whether it was then panicked again with the same value, whether it stands
// for a signal (gc names it on its report), and the deferred call it started under.
const (
	pDesc        = 0
	pData        = 8
	pRecovered   = 16
	pRepanicked  = 24
	pSignal      = 32
	pPrev        = 40
	pUnder       = 48
	panicRecSize = 56
)

// panicking is 1 while a panic unwinds the stack: compiled code checks it after every call
// and returns, running its deferred calls, until a deferred call recovers.
var panicking int
var panics uintptr

// deferCode is the code of the deferred function being called, and deferFromPanic 1 when a
// panic's unwinding calls it: a function that calls recover compares deferCode with its own
// address on entry (recover stops a panic only when called by the deferred function itself,
// run by the panic). panicking is 0 while a deferred call runs.
var deferCode uintptr
var deferFromPanic int

// deferCur numbers the deferred call running innermost (0: none), deferCount the last number
// given: compiled code gives each deferred call the next one, deferReturned restores the
// number around it. A panic records the number it started under. When a deferred call of
// frame F recovers a panic, every panic started in F or in calls under it ends too (gc's
// recovery drops those started below the recovering frame): those numbered at least F's —
// one started under a deferred call that has since returned has a smaller number.
var deferCur int
var deferCount int

// Descriptors of the runtime's error values (kind 26: an error whose message is the string
// its data points to).
const boundsErrorDesc = "\x1a\x22\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x13\x00\x72\x75\x6e\x74\x69\x6d\x65\x2e\x62\x6f\x75\x6e\x64\x73\x45\x72\x72\x6f\x72"
const plainErrorDesc = "\x1a\x21\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x12\x00\x72\x75\x6e\x74\x69\x6d\x65\x2e\x70\x6c\x61\x69\x6e\x45\x72\x72\x6f\x72"
const panicNilDesc = "\x1a\x25\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x16\x00*runtime.PanicNilError"
const typeAssertionErrorDesc = "\x1a\x2a\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x1b\x00*runtime.TypeAssertionError"
const errorStringDesc = "\x1a\x22\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x13\x00\x72\x75\x6e\x74\x69\x6d\x65\x2e\x65\x72\x72\x6f\x72\x53\x74\x72\x69\x6e\x67"

// panicNilCell is the data word of panic(nil)'s *runtime.PanicNilError (made once).
var panicNilCell uintptr

// gopanic starts panicking with the value (d, p) and returns: the caller unwinds.
func gopanic(d uintptr, p uintptr) {
	if d == 0 {
		// Since Go 1.21 panic(nil) panics with a *runtime.PanicNilError: a pointer to a
		// zero-size value, the same for every such panic (so recovering one and panicking
		// with nil again is a repanic).
		if panicNilCell == 0 {
			msg := "runtime error: panic called with nil argument"
			panicNilCell = alloc(16)
			store64(panicNilCell, int(strptr(msg)))
			store64(panicNilCell+8, len(msg))
		}
		gopanic(strptr(panicNilDesc), panicNilCell)
		return
	}
	if panics != 0 && load64(panics+pRecovered) != 0 && uintptr(load64(panics+pDesc)) == d && uintptr(load64(panics+pData)) == p {
		store64(panics+pRepanicked, 1)
		store64(panics+pRecovered, 0)
		panicking = 1
		return
	}
	r := alloc(panicRecSize)
	store64(r+pDesc, int(d))
	store64(r+pData, int(p))
	store64(r+pPrev, int(panics))
	store64(r+pUnder, deferCur)
	panics = r
	panicking = 1
}

// panicwrap is gc's panic for a value method called through a nil pointer.
func panicwrap(msg string) {
	panicError(msg, plainErrorDesc, false)
}

// panicError panics with a runtime error carrying msg.
func panicError(msg string, desc string, signal bool) {
	cell := alloc(16)
	store64(cell, int(strptr(msg)))
	store64(cell+8, len(msg))
	gopanic(strptr(desc), cell)
	if signal {
		store64(panics+pSignal, 1)
	}
}

// goexitDesc is the descriptor of runtime.Goexit's record in the panic chain: deferred calls
// run as for a panic, but recover does not stop it and nothing is printed; the goroutine
// ends when they are done. (Descriptors are addresses: 1 is none of them.)
const goexitDesc = 1

// startGoexit is runtime.Goexit: it starts unwinding the running goroutine.
func startGoexit() {
	r := alloc(panicRecSize)
	store64(r+pDesc, goexitDesc)
	store64(r+pPrev, int(panics))
	store64(r+pUnder, deferCur)
	panics = r
	panicking = 1
}

// goexiting reports whether the unwinding in flight is runtime.Goexit's.
func goexiting() bool {
	return panics != 0 && load64(panics+pDesc) == goexitDesc
}

// gorecover is recover(): the value of the panic in flight, which stops, when called directly
// by a deferred function during a panic; else nil.
func gorecover(direct bool) (uintptr, uintptr) {
	if !direct || panics == 0 || load64(panics+pRecovered) != 0 || goexiting() {
		return 0, 0
	}
	store64(panics+pRecovered, 1)
	store64(panics+pRepanicked, 0)
	return uintptr(load64(panics + pDesc)), uintptr(load64(panics + pData))
}

// deferReturned is called after each deferred call, with the panicking flag from before it
// and the number of the deferred call around it:
// a new panic from the call goes on unwinding; a panic the call recovered is over; else the
// panic that was unwinding goes on.
func deferReturned(was int, parent int) {
	deferCur = parent
	if panicking != 0 || was == 0 {
		return
	}
	if panics != 0 && load64(panics+pRecovered) != 0 {
		// The recovered panic is over, and so is any started in this frame or under it
		// (which it interrupted), up to a Goexit, which goes on.
		r := uintptr(load64(panics + pPrev))
		for r != 0 && load64(r+pDesc) != goexitDesc && load64(r+pUnder) >= deferCur {
			r = uintptr(load64(r + pPrev))
		}
		panics = r
		if goexiting() {
			panicking = 1 // a panic recovered during Goexit: the Goexit goes on
		}
		return
	}
	panicking = 1
}

// printpanics reports the panics in flight, oldest first, as gc does, and exits with status 2.
func printpanics() {
	// Oldest first: reverse the chain (a Goexit in it is not a panic: gc does not print it).
	var order uintptr
	n := 0
	for r := panics; r != 0; r = uintptr(load64(r + pPrev)) {
		if load64(r+pDesc) != goexitDesc {
			n++
		}
	}
	order = alloc(n * 8)
	k := n
	for r := panics; r != 0; r = uintptr(load64(r + pPrev)) {
		if load64(r+pDesc) != goexitDesc {
			k--
			store64(order+uintptr(k*8), int(r))
		}
	}
	blen = 0
	signal := false
	for i := 0; i < n; i++ {
		r := uintptr(load64(order + uintptr(i*8)))
		if i > 0 {
			bstr("\tpanic: ")
		} else {
			bstr("panic: ")
		}
		printpanicval(uintptr(load64(r+pDesc)), uintptr(load64(r+pData)))
		if load64(r+pRepanicked) != 0 {
			bstr(" [recovered, repanicked]")
		} else if load64(r+pRecovered) != 0 {
			bstr(" [recovered]")
		}
		bbyte('\n')
		if load64(r+pSignal) != 0 {
			signal = true
		}
	}
	if signal {
		bstr("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n")
	}
	bstr("\ngoroutine ")
	bstr(itoa(goid()))
	bstr(" [running]:\n")
	if goid() == 1 {
		bstr("main.main()\n")
	}
	bstr("\t(memrun: no stack trace)\n")
	write(2, buf, blen)
	exit(2)
}

// goid is the running goroutine's number (1: main).
func goid() int {
	if curg == nil {
		return 1
	}
	return curg.id
}

// printpanicval writes a panic value as gc's runtime prints it: an error's message, a string
// or number as itself (other basic types with their type: int8(5)), a defined basic type as
// main.T(v), anything else as its type and address.
func printpanicval(d uintptr, p uintptr) {
	if d == 0 {
		bstr("nil")
		return
	}
	kind := dKind(d)
	if kind == kError {
		bstr(mkstr(uintptr(load64(p)), load64(p+8)))
		return
	}
	if kind == kIface {
		inner := ifaceType(d, p)
		printpanicval(inner, ifaceData(inner, p))
		return
	}
	// An error or Stringer prints as what its method returns (gc's preprintpanics).
	fn := findMethod(d, "Error", "func() string")
	if fn == 0 {
		fn = findMethod(d, "String", "func() string")
	}
	if fn != 0 {
		// The report runs after unwinding, with the panic still flagged: the method runs
		// as ordinary code.
		sBuf, sLen, sCap := buf, blen, bcap
		wasPanicking, sPanics := panicking, panics
		buf, blen, bcap = 0, 0, 0
		panicking = 0
		s := callstring(fn, p)
		buf, blen, bcap = sBuf, sLen, sCap
		if panicking != 0 {
			// gc's preprintpanics throws.
			pd := uintptr(load64(panics + pDesc))
			what := "type " + dName(pd)
			if pd != 0 && dName(pd) == "string" {
				pp := ifaceData(pd, panics+pDesc)
				what = mkstr(uintptr(load64(pp)), load64(pp+8))
			}
			die("fatal error: panic while printing panic value: ", what, "\n\ngoroutine 1 [running]:\nmain.main()\n\t(memrun: no stack trace)\n")
		}
		panicking, panics = wasPanicking, sPanics
		for i := 0; i < len(s); i++ {
			bbyte(int(s[i]))
			if s[i] == '\n' {
				bbyte('\t')
			}
		}
		return
	}
	name := dName(d)
	fClear()
	if kind <= tagString || kind == kFloat32 || kind == kFloat64 {
		// Predeclared types print their value alone, defined ones as `main.T(v)`.
		plain := true
		for i := 0; i < len(name); i++ {
			if name[i] == '.' {
				plain = false
			}
		}
		if kind == tagString {
			w0, w1 := loadScalar(kind, dSize(d), p)
			if !plain {
				bstr(name)
				bstr("(\"")
			}
			// Continuation lines indented, as gc prints them.
			s := mkstr(uintptr(w0), w1)
			for i := 0; i < len(s); i++ {
				bbyte(int(s[i]))
				if s[i] == '\n' {
					bbyte('\t')
				}
			}
			if !plain {
				bstr("\")")
			}
			return
		}
		if plain {
			fmtValue(d, p, 'v', 0)
			return
		}
		bstr(name)
		bbyte('(')
		fmtValue(d, p, 'v', 0)
		bbyte(')')
		return
	}
	bbyte('(')
	bstr(name)
	bstr(") ")
	bhex(p)
}

// ifaceData is the address of the value an interface pair at p holds.
func ifaceData(d uintptr, p uintptr) uintptr {
	if d == 0 {
		return 0
	}
	switch dKind(d) {
	case kPointer, kMap, kChan, kFunc, kUnsafePtr:
		return p + 8
	}
	return uintptr(load64(p + 8))
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	p := alloc(24)
	i := 24
	for u > 0 {
		i--
		store8(p+uintptr(i), byte('0'+u%10))
		u /= 10
	}
	if neg {
		i--
		store8(p+uintptr(i), '-')
	}
	return mkstr(p+uintptr(i), 24-i)
}

// ----- output buffer -----

func bgrow(n int) {
	if blen+n <= bcap {
		return
	}
	c := bcap * 2
	if c < blen+n {
		c = blen + n + 256
	}
	p := allocNoscan(c)
	memmove(p, buf, blen)
	buf = p
	bcap = c
}

func bbyte(c int) {
	bgrow(1)
	store8(buf+uintptr(blen), byte(c))
	blen++
}

func bstr(s string) {
	n := len(s)
	bgrow(n)
	memmove(buf+uintptr(blen), strptr(s), n)
	blen += n
}

func bpad(n int, c int) {
	for i := 0; i < n; i++ {
		bbyte(c)
	}
}

func bstring() string {
	p := allocNoscan(blen)
	memmove(p, buf, blen)
	return mkstr(p, blen)
}

// ----- fmt -----

func typeName(tag int) string {
	switch tag {
	case 1:
		return "int"
	case 2:
		return "int8"
	case 3:
		return "int16"
	case 4:
		return "int32"
	case 5:
		return "int64"
	case 6:
		return "uint"
	case 7:
		return "uint8"
	case 8:
		return "uint16"
	case 9:
		return "uint32"
	case 10:
		return "uint64"
	case 11:
		return "uintptr"
	case 12:
		return "bool"
	case 13:
		return "string"
	case 14:
		return "[]string"
	}
	return "?"
}

func isSigned(tag int) bool {
	return tag >= 1 && tag <= 5
}

func isInteger(tag int) bool {
	return tag >= 1 && tag <= 11
}

func fClear() {
	fWid = 0
	fPrec = 0
	fWidPresent = false
	fPrecPresent = false
	fMinus = false
	fPlus = false
	fSharp = false
	fSpace = false
	fZero = false
	fPlusV = false
	fSharpV = false
	fNoMethods = false
}

// pad writes s padded to the width (spaces, or zeros with the 0 flag, left or right).
func pad(s string) {
	if !fWidPresent || fWid == 0 {
		bstr(s)
		return
	}
	n := fWid - runeCount(s)
	if n <= 0 {
		bstr(s)
		return
	}
	if fMinus {
		bstr(s)
		bpad(n, ' ')
		return
	}
	if fZero {
		bpad(n, '0')
	} else {
		bpad(n, ' ')
	}
	bstr(s)
}

func runeCount(s string) int {
	n := 0
	i := 0
	for i < len(s) {
		_, size := decodeRune(s, i)
		i += size
		n++
	}
	return n
}

// fmtInteger formats u (the magnitude) in base with Go's flag and precision rules.
func fmtInteger(u uint64, neg bool, base int, verb int) {
	prec := 0
	if fPrecPresent {
		prec = fPrec
		if prec == 0 && u == 0 {
			z := fZero
			fZero = false
			pad("")
			fZero = z
			return
		}
	} else if fZero && fWidPresent && !fMinus {
		prec = fWid
		if neg || fPlus || fSpace {
			prec--
		}
	}
	// Room for the digits (64 at most), the precision's zeros, the sign and a prefix.
	size := 96
	if prec+32 > size {
		size = prec + 32
	}
	tmp := alloc(size)
	i := size
	digits := "0123456789abcdefx"
	if verb == 'X' {
		digits = "0123456789ABCDEFX"
	}
	b := uint64(base)
	for u >= b {
		i--
		store8(tmp+uintptr(i), digits[u%b])
		u /= b
	}
	i--
	store8(tmp+uintptr(i), digits[u])
	for i > 0 && prec > size-i {
		i--
		store8(tmp+uintptr(i), '0')
	}
	if fSharp {
		if base == 2 {
			i--
			store8(tmp+uintptr(i), 'b')
			i--
			store8(tmp+uintptr(i), '0')
		} else if base == 8 {
			if load8(tmp+uintptr(i)) != '0' {
				i--
				store8(tmp+uintptr(i), '0')
			}
		} else if base == 16 {
			i--
			store8(tmp+uintptr(i), digits[16])
			i--
			store8(tmp+uintptr(i), '0')
		}
	}
	if verb == 'O' {
		i--
		store8(tmp+uintptr(i), 'o')
		i--
		store8(tmp+uintptr(i), '0')
	}
	if neg {
		i--
		store8(tmp+uintptr(i), '-')
	} else if fPlus {
		i--
		store8(tmp+uintptr(i), '+')
	} else if fSpace {
		i--
		store8(tmp+uintptr(i), ' ')
	}
	z := fZero
	fZero = false
	pad(mkstr(tmp+uintptr(i), size-i))
	fZero = z
}

func isPrint(r int) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	// Letters, marks, numbers, punctuation and symbols (strconv.IsPrint), from the tables;
	// also the other spaces (strconv.IsGraphic) while quoteGraphic is set.
	return uIs(uPrint, r) || quoteGraphic && uIs(uGraphic, r)
}

// quoteGraphic is set while strconv's ...ToGraphic functions quote: what IsGraphic accepts
// is kept as it is.
var quoteGraphic bool

func hexDigit(v int) int {
	return int("0123456789abcdef"[v&15])
}

// appendQuotedRune appends r escaped as in strconv.Quote (quote is '"' or '\'').
func quoteRune(r int, width int, quote int) {
	if width == 1 && r == 0xFFFD {
		bstr("\\x")
		return
	}
	if r == quote || r == '\\' {
		bbyte('\\')
		bbyte(r)
		return
	}
	if isPrint(r) && (!fPlus || r < 0x80) {
		bgrow(4)
		blen += encodeRune(buf+uintptr(blen), r)
		return
	}
	switch r {
	case 7:
		bstr("\\a")
	case 8:
		bstr("\\b")
	case 12:
		bstr("\\f")
	case 10:
		bstr("\\n")
	case 13:
		bstr("\\r")
	case 9:
		bstr("\\t")
	case 11:
		bstr("\\v")
	default:
		if r < ' ' || r == 0x7F {
			bstr("\\x")
			bbyte(hexDigit(r >> 4))
			bbyte(hexDigit(r))
		} else if r < 0x10000 {
			bstr("\\u")
			for s := 12; s >= 0; s -= 4 {
				bbyte(hexDigit(r >> uint(s)))
			}
		} else {
			bstr("\\U")
			for s := 28; s >= 0; s -= 4 {
				bbyte(hexDigit(r >> uint(s)))
			}
		}
	}
}

// quoted returns s as a double-quoted Go string literal (or a backquoted one with the # flag
// when possible).
func quoted(s string) string {
	start := blen
	if fSharp && canBackquote(s) {
		bbyte('`')
		bstr(s)
		bbyte('`')
	} else {
		bbyte('"')
		i := 0
		for i < len(s) {
			r, w := decodeRune(s, i)
			if w == 1 && r == 0xFFFD {
				bstr("\\x")
				bbyte(hexDigit(int(s[i]) >> 4))
				bbyte(hexDigit(int(s[i])))
			} else {
				quoteRune(r, w, '"')
			}
			i += w
		}
		bbyte('"')
	}
	n := blen - start
	p := allocNoscan(n)
	memmove(p, buf+uintptr(start), n)
	blen = start
	return mkstr(p, n)
}

func canBackquote(s string) bool {
	i := 0
	for i < len(s) {
		r, w := decodeRune(s, i)
		i += w
		if w == 1 && r == 0xFFFD {
			return false
		}
		if r == '`' || r == 0xFEFF {
			return false
		}
		if r < ' ' && r != '\t' || r == 0x7F {
			return false
		}
	}
	return true
}

func quotedRune(r int) string {
	start := blen
	bbyte('\'')
	if r < 0 || r > 0x10FFFF || r >= 0xD800 && r <= 0xDFFF {
		r = 0xFFFD
	}
	quoteRune(r, 0, '\'')
	bbyte('\'')
	n := blen - start
	p := allocNoscan(n)
	memmove(p, buf+uintptr(start), n)
	blen = start
	return mkstr(p, n)
}

func fmtHexString(s string, verb int) {
	start := blen
	digits := "0123456789abcdef"
	if verb == 'X' {
		digits = "0123456789ABCDEF"
	}
	for i := 0; i < len(s); i++ {
		if fSpace && i > 0 {
			bbyte(' ')
		}
		if fSharp && (fSpace || i == 0) {
			bbyte('0')
			if verb == 'X' {
				bbyte('X')
			} else {
				bbyte('x')
			}
		}
		bbyte(int(digits[s[i]>>4]))
		bbyte(int(digits[s[i]&15]))
	}
	n := blen - start
	p := allocNoscan(n)
	memmove(p, buf+uintptr(start), n)
	blen = start
	pad(mkstr(p, n))
}

func truncate(s string) string {
	if !fPrecPresent {
		return s
	}
	n := 0
	i := 0
	for i < len(s) {
		if n == fPrec {
			return s[:i]
		}
		_, w := decodeRune(s, i)
		i += w
		n++
	}
	return s
}

// fmtValue formats the value at p of the type described by d with verb (a verb that does not
// apply is reported in place, as %!d(string=x)); depth is 0 for an operand itself.
func fmtValue(d uintptr, p uintptr, verb int, depth int) {
	if d == 0 {
		// A nil interface: inside a value, <nil> for every verb, neither padded nor
		// truncated (fmt writes it as it is).
		if depth > 0 {
			bstr("<nil>")
			return
		}
		if verb == 'v' {
			pad("<nil>")
			return
		}
		bangVerb(verb)
		bstr("(<nil>)")
		return
	}
	d = dResolve(d)
	kind := dKind(d)
	if verb == 'w' && depth == 0 {
		// %w outside fmt.Errorf, or of a value that is not an error.
		badValue(d, p, verb)
		return
	}
	if !fNoMethods && verb != 'T' && verb != 'p' && fmtMethods(d, p, verb) {
		return
	}
	if verb == 'p' && depth == 0 {
		// An argument's %p is the address a pointer-shaped value holds (a slice's array),
		// whatever its methods; any other value's is a bad verb (fmt's printArg). Inside a
		// value, each part prints by its kind.
		switch kind {
		case kPointer, kChan, kFunc, kUnsafePtr, kMap, kSlice:
			fmtPointer(d, load64(p), verb)
		default:
			badValue(d, p, verb)
		}
		return
	}
	if kind == kError {
		msg := mkstr(uintptr(load64(p)), load64(p+8))
		if !fmtArg(tagString, int(strptr(msg)), len(msg), verb) {
			badValue(d, p, verb)
		}
		return
	}
	if kind == kIface {
		inner := ifaceType(d, p)
		if inner == 0 && fSharpV {
			bstr(dName(d))
			bstr("(nil)")
			return
		}
		fmtValue(inner, ifaceData(inner, p), verb, depth+1)
		return
	}
	if kind <= tagString {
		w0, w1 := loadScalar(kind, dSize(d), p)
		if !fmtArg(kind, w0, w1, verb) {
			badValue(d, p, verb)
		}
		return
	}
	body := dBody(d)
	switch kind {
	case kSlice, kArray:
		elem := body
		n := 0
		base := p
		if kind == kArray {
			n = loadU(body, 4)
			elem = body + 4
		} else {
			base = uintptr(load64(p))
			n = load64(p + 8)
		}
		if dKind(elem) == tagUint8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
			fmtArg(tagString, int(base), n, verb)
			return
		}
		if fSharpV {
			// fmt names a top-level []byte as written, other byte slices as reflect does.
			if depth == 0 && dName(d) == "[]uint8" {
				bstr("[]byte")
			} else {
				bstr(dName(d))
			}
			if kind == kSlice && base == 0 {
				bstr("(nil)")
				return
			}
			bbyte('{')
		} else {
			bbyte('[')
		}
		size := dSize(elem)
		for i := 0; i < n; i++ {
			if i > 0 {
				if fSharpV {
					bstr(", ")
				} else {
					bbyte(' ')
				}
			}
			fmtValue(elem, base+uintptr(i*size), verb, depth+1)
		}
		if fSharpV {
			bbyte('}')
		} else {
			bbyte(']')
		}
	case kStruct:
		if fSharpV {
			bstr(dName(d))
		}
		bbyte('{')
		f, nf := dFields(d)
		for i := 0; i < nf; i++ {
			if i > 0 {
				if fSharpV {
					bstr(", ")
				} else {
					bbyte(' ')
				}
			}
			if fPlusV || fSharpV {
				bstr(fName(f))
				bbyte(':')
			}
			noMethods := fNoMethods
			if c, _ := decodeRune(fName(f), 0); !isUpper(c) {
				// Unexported: its name does not start with an upper-case letter.
				fNoMethods = true
			}
			fmtValue(fDesc(f), p+fOffset(f), verb, depth+1)
			fNoMethods = noMethods
			f = fNext(f)
		}
		bbyte('}')
	case kPointer:
		v := load64(p)
		if depth == 0 && v != 0 && load8(body) == 1 {
			bbyte('&')
			fmtValue(body+1, uintptr(v), verb, depth+1)
			return
		}
		fmtPointer(d, v, verb)
	case kFloat32, kFloat64:
		size := dSize(d)
		if !fmtFloat(uint64(loadU(p, size)), size, verb) {
			badValue(d, p, verb)
		}
	case kMap:
		fmtMap(d, uintptr(load64(p)), verb, depth)
	case kChan, kFunc, kUnsafePtr:
		fmtPointer(d, load64(p), verb)
	default:
		badValue(d, p, verb)
	}
}

// fmtMap formats a map as fmt does: map[k:v …] (Go syntax for %#v), keys sorted.
func fmtMap(d uintptr, m uintptr, verb int, depth int) {
	if verb == 'p' {
		fmtPointer(d, int(m), verb)
		return
	}
	kd := dBody(d)
	vd := kd + uintptr(dLen(kd))
	if fSharpV {
		bstr(dName(d))
		if m == 0 {
			bstr("(nil)")
			return
		}
		bbyte('{')
	} else {
		bstr("map[")
	}
	n := 0
	if m != 0 {
		n = load64(m + mCount)
	}
	keys := alloc(n * 16)
	it := alloc(itSize)
	mapiterinit(m, it)
	k := 0
	for k < n {
		kp, vp := mapiternext(it)
		if kp == 0 {
			break
		}
		store64(keys+uintptr(k*16), int(kp))
		store64(keys+uintptr(k*16+8), int(vp))
		k++
	}
	sortKeys(kd, keys, k)
	for i := 0; i < k; i++ {
		if i > 0 {
			if fSharpV {
				bstr(", ")
			} else {
				bbyte(' ')
			}
		}
		fmtValue(kd, uintptr(load64(keys+uintptr(i*16))), verb, depth+1)
		bbyte(':')
		fmtValue(vd, uintptr(load64(keys+uintptr(i*16+8))), verb, depth+1)
	}
	if fSharpV {
		bbyte('}')
	} else {
		bbyte(']')
	}
}

// sortKeys sorts n (key, value) address pairs by key, as fmt orders map keys (Shell sort).
func sortKeys(kd uintptr, a uintptr, n int) {
	gap := 1
	for gap < n/3 {
		gap = gap*3 + 1
	}
	for gap > 0 {
		for i := gap; i < n; i++ {
			k := load64(a + uintptr(i*16))
			v := load64(a + uintptr(i*16+8))
			j := i
			for j >= gap && compareKeys(kd, uintptr(load64(a+uintptr((j-gap)*16))), uintptr(k)) > 0 {
				store64(a+uintptr(j*16), load64(a+uintptr((j-gap)*16)))
				store64(a+uintptr(j*16+8), load64(a+uintptr((j-gap)*16+8)))
				j -= gap
			}
			store64(a+uintptr(j*16), k)
			store64(a+uintptr(j*16+8), v)
		}
		gap = gap / 3
	}
}

// compareKeys orders two values of the type described by d as fmt sorts map keys: numbers
// by value (NaN first), strings bytewise, false before true, pointers by address, structs
// and arrays element by element, interfaces by type and then value.
func compareKeys(d uintptr, a uintptr, b uintptr) int {
	kind := dKind(d)
	switch kind {
	case tagString:
		return cmpstring(mkstr(uintptr(load64(a)), load64(a+8)), mkstr(uintptr(load64(b)), load64(b+8)))
	case kStruct:
		f, nf := dFields(d)
		for i := 0; i < nf; i++ {
			off := fOffset(f)
			c := compareKeys(fDesc(f), a+off, b+off)
			if c != 0 {
				return c
			}
			f = fNext(f)
		}
		return 0
	case kArray:
		body := dBody(d)
		n := loadU(body, 4)
		elem := body + 4
		size := dSize(elem)
		for i := 0; i < n; i++ {
			c := compareKeys(elem, a+uintptr(i*size), b+uintptr(i*size))
			if c != 0 {
				return c
			}
		}
		return 0
	case kIface:
		da := ifaceType(d, a)
		db := ifaceType(d, b)
		if da != db {
			// nil first; values of two types gc orders by the addresses of their type
			// descriptors in its binary, which memrun's do not follow.
			if da != 0 && db != 0 {
				unsupported("printing a map whose interface keys hold values of different types is not supported yet (gc orders them by where its type descriptors lie)")
			}
			if da < db {
				return -1
			}
			return 1
		}
		if da == 0 {
			return 0
		}
		return compareKeys(da, ifaceData(da, a), ifaceData(db, b))
	}
	size := dSize(d)
	x := loadU(a, size)
	y := loadU(b, size)
	if kind == kFloat32 || kind == kFloat64 {
		return compareFloatBits(x, y, size)
	}
	if kind >= 1 && kind <= 5 && size < 8 {
		shift := uint(64 - size*8)
		x = x << shift >> shift
		y = y << shift >> shift
	}
	if kind >= 1 && kind <= 5 {
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	}
	if uint64(x) < uint64(y) {
		return -1
	}
	if uint64(x) > uint64(y) {
		return 1
	}
	return 0
}

// compareFloatBits orders floats as fmt sorts map keys: NaN first, then by value.
func compareFloatBits(x int, y int, size int) int {
	xn := isNaNBits(x, size)
	yn := isNaNBits(y, size)
	if xn || yn {
		if xn && yn {
			return 0
		}
		if xn {
			return -1
		}
		return 1
	}
	kx := floatKey(x, size)
	ky := floatKey(y, size)
	if kx < ky {
		return -1
	}
	if kx > ky {
		return 1
	}
	return 0
}

// floatKey maps a float's bits to an integer in the floats' order (-0 and +0 equal).
func floatKey(v int, size int) int {
	top := uint(size*8 - 1)
	mag := v & (1<<top - 1)
	if mag == 0 {
		return 0
	}
	if (v>>top)&1 != 0 {
		return -mag
	}
	return mag
}

// fmtPointer formats a pointer-shaped value as fmt does: <nil> or 0x-hex for %v, Go syntax
// for %#v, the address for %p.
func fmtPointer(d uintptr, v int, verb int) {
	switch verb {
	case 'v':
		if fSharpV {
			bbyte('(')
			bstr(dName(d))
			bstr(")(")
			if v == 0 {
				bstr("nil")
			} else {
				sharp := fSharp
				fSharp = true
				fmtInteger(uint64(v), false, 16, 'x')
				fSharp = sharp
			}
			bbyte(')')
			return
		}
		if v == 0 {
			pad("<nil>")
			return
		}
		fSharp = !fSharp
		fmtInteger(uint64(v), false, 16, 'x')
		fSharp = !fSharp
	case 'p':
		fSharp = !fSharp
		fmtInteger(uint64(v), false, 16, 'x')
		fSharp = !fSharp
	case 'b':
		fmtInteger(uint64(v), false, 2, verb)
	case 'o':
		fmtInteger(uint64(v), false, 8, verb)
	case 'd':
		fmtInteger(uint64(v), false, 10, verb)
	case 'x', 'X':
		fmtInteger(uint64(v), false, 16, verb)
	default:
		badValue(d, uintptr(unsafeAddr(v)), verb)
	}
}

func unsafeAddr(v int) int {
	p := alloc(8)
	store64(p, v)
	return int(p)
}

// bangVerb writes the "%!" and the verb that open every report of fmt's on a bad verb.
func bangVerb(verb int) {
	bstr("%!")
	bgrow(4)
	blen += encodeRune(buf+uintptr(blen), verb)
}

// badValue writes %!verb(type=value).
func badValue(d uintptr, p uintptr, verb int) {
	bangVerb(verb)
	bbyte('(')
	bstr(dName(d))
	bbyte('=')
	// The flags stay (gc formats the value with them): %5d of "z" is %!d(string=    z). Its
	// methods are not called (fmt's "erroring").
	noMethods := fNoMethods
	fNoMethods = true
	fmtValue(d, p, 'v', 0)
	fNoMethods = noMethods
	bbyte(')')
}

// fmtArg formats one scalar (kind, w0, w1) with verb; it reports false for a bad verb.
func fmtArg(tag int, w0 int, w1 int, verb int) bool {
	if isInteger(tag) {
		neg := false
		u := uint64(w0)
		if isSigned(tag) && w0 < 0 {
			neg = true
			u = uint64(-w0)
		}
		switch verb {
		case 'v', 'd':
			if verb == 'v' && fSharpV && !isSigned(tag) {
				sharp := fSharp
				fSharp = true
				fmtInteger(u, neg, 16, 'x')
				fSharp = sharp
				return true
			}
			fmtInteger(u, neg, 10, verb)
		case 'x', 'X':
			fmtInteger(u, neg, 16, verb)
		case 'o', 'O':
			fmtInteger(u, neg, 8, verb)
		case 'b':
			fmtInteger(u, neg, 2, verb)
		case 'c':
			p := allocNoscan(4)
			n := encodeRune(p, w0)
			if !isSigned(tag) && w0 < 0 {
				n = encodeRune(p, 0xFFFD)
			}
			pad(mkstr(p, n))
		case 'q':
			pad(quotedRune(w0))
		case 'U':
			// The value's bits as uint64 (a negative one in two's complement), as fmt.
			u = uint64(w0)
			start := blen
			bstr("U+")
			h := "0123456789ABCDEF"
			// At least four digits, or the precision's.
			least := 4
			if fPrecPresent && fPrec > 4 {
				least = fPrec
			}
			nd := 1
			for v := u >> 4; v != 0; v >>= 4 {
				nd++
			}
			for k := nd; k < least; k++ {
				bbyte('0')
			}
			for s := (nd - 1) * 4; s >= 0; s -= 4 {
				bbyte(int(h[(u>>uint(s))&15]))
			}
			if fSharp && u <= 0x10FFFF && isPrint(int(u)) {
				bstr(" '")
				bgrow(4)
				blen += encodeRune(buf+uintptr(blen), int(u))
				bbyte('\'')
			}
			n := blen - start
			p := allocNoscan(n)
			memmove(p, buf+uintptr(start), n)
			blen = start
			// Padded with spaces, whatever the 0 flag says.
			z := fZero
			fZero = false
			pad(mkstr(p, n))
			fZero = z
		default:
			return false
		}
		return true
	}
	if tag == tagBool {
		if verb != 'v' && verb != 't' {
			return false
		}
		if w0 != 0 {
			pad("true")
		} else {
			pad("false")
		}
		return true
	}
	if tag == tagString {
		s := mkstr(uintptr(w0), w1)
		switch verb {
		case 'v', 's':
			if fSharpV {
				// %#v is Go syntax: a double-quoted literal, never a raw one.
				pad(quoted(truncate(s)))
				break
			}
			pad(truncate(s))
		case 'q':
			pad(quoted(truncate(s)))
		case 'x', 'X':
			// A precision counts bytes here, not runes.
			if fPrecPresent && fPrec < len(s) {
				s = s[:fPrec]
			}
			fmtHexString(s, verb)
		default:
			return false
		}
		return true
	}
	return false
}

// Operands arrive as Go's empty-interface pairs: a type descriptor, and the value itself for
// pointer-shaped kinds or else the address of a copy.
func argDesc(args uintptr, k int) uintptr {
	return uintptr(load64(args + uintptr(k*16)))
}

// argKind is operand k's kind (0 for a nil interface).
func argKind(args uintptr, k int) int {
	d := argDesc(args, k)
	if d == 0 {
		return 0
	}
	return dKind(d)
}

// argAddr is the address of operand k's value.
func argAddr(args uintptr, k int) uintptr {
	d := argDesc(args, k)
	if d == 0 {
		return 0
	}
	switch dKind(d) {
	case kPointer, kMap, kChan, kFunc, kUnsafePtr:
		return args + uintptr(k*16+8)
	}
	return uintptr(load64(args + uintptr(k*16+8)))
}

// argInt is operand k as an int, and whether it is an integer (for * widths).
func argInt(args uintptr, k int) (int, bool) {
	d := argDesc(args, k)
	if d == 0 {
		return 0, false
	}
	kind := dKind(d)
	if kind < 1 || kind > tagUintptr {
		return 0, false
	}
	v, _ := loadScalar(kind, dSize(d), argAddr(args, k))
	return v, true
}

// badVerb writes %!v(type=value), or %!v(MISSING).
func badVerb(verb int, args uintptr, k int, n int) {
	if k < n {
		badValue(argDesc(args, k), argAddr(args, k), verb)
		return
	}
	bangVerb(verb)
	bstr("(MISSING)")
}

// doPrint formats operands as fmt.Print (spaces between non-string operands) or fmt.Println
// (spaces always, newline at the end).
func doPrint(args uintptr, n int, ln bool) {
	blen = 0
	for k := 0; k < n; k++ {
		if k > 0 {
			if ln {
				bbyte(' ')
			} else if argKind(args, k) != tagString && argKind(args, k-1) != tagString {
				bbyte(' ')
			}
		}
		fClear()
		fmtValue(argDesc(args, k), argAddr(args, k), 'v', 0)
	}
	if ln {
		bbyte('\n')
	}
}

func parsenum(format string, i int) (int, int, bool) {
	num := 0
	ok := false
	for i < len(format) && format[i] >= '0' && format[i] <= '9' {
		if num > 1000000 {
			// Overflow (a crazy long number): fmt gives up on the rest.
			return 0, len(format), false
		}
		num = num*10 + int(format[i]-'0')
		ok = true
		i++
	}
	return num, i, ok
}

// argNumber is fmt's: the operand an explicit index `[n]` at format[i] names (else
// argNum), the index past it, whether one was there; a bad index clears goodArgNum.
func argNumber(argNum int, format string, i int, n int) (int, int, bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	reordered = true
	// There must be at least 3 bytes: [n].
	if len(format)-i < 3 {
		goodArgNum = false
		return argNum, i + 1, false
	}
	for k := i + 1; k < len(format); k++ {
		if format[k] == ']' {
			index, next, ok := parsenum(format[:k], i+1)
			if !ok || next != k {
				goodArgNum = false
				return argNum, k + 1, false
			}
			// Explicit argument numbers are one-indexed.
			if index-1 < 0 || index-1 >= n {
				goodArgNum = false
				return argNum, k + 1, true
			}
			return index - 1, k + 1, true
		}
	}
	goodArgNum = false
	return argNum, i + 1, false
}

// reordered is set when a format used an explicit argument index (no %!(EXTRA …) then);
// goodArgNum is cleared for a verb whose index is bad.
var reordered bool
var goodArgNum bool

// intFromArg is fmt's: operand k as a width or precision, if it is an integer of magnitude at
// most 1e6; the next operand's index.
func intFromArg(args uintptr, k int, n int) (int, bool, int) {
	if k >= n {
		return 0, false, k
	}
	num, ok := argInt(args, k)
	if num > 1000000 || num < -1000000 {
		num, ok = 0, false
	}
	return num, ok, k + 1
}

func doPrintf(format string, args uintptr, n int) {
	blen = 0
	argNum := 0
	afterIndex := false
	reordered = false
	end := len(format)
	i := 0
	for i < end {
		goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			bstr(format[lasti:i])
		}
		if i >= end {
			break
		}
		i++
		fClear()
		// Flags.
		for i < end {
			c := format[i]
			if c == '#' {
				fSharp = true
			} else if c == '0' {
				// Kept with '-' (a Formatter sees both); padding ignores it there.
				fZero = true
			} else if c == '+' {
				fPlus = true
			} else if c == '-' {
				fMinus = true
			} else if c == ' ' {
				fSpace = true
			} else {
				break
			}
			i++
		}
		// An explicit argument index.
		argNum, i, afterIndex = argNumber(argNum, format, i, n)
		// Width.
		if i < end && format[i] == '*' {
			i++
			fWid, fWidPresent, argNum = intFromArg(args, argNum, n)
			if !fWidPresent {
				bstr("%!(BADWIDTH)")
			}
			if fWid < 0 {
				fMinus = true
				fWid = -fWid
				fZero = false
			}
			afterIndex = false
		} else {
			fWid, i, fWidPresent = parsenum(format, i)
			if afterIndex && fWidPresent {
				// "%[3]2d"
				goodArgNum = false
			}
		}
		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				// "%[3].2d"
				goodArgNum = false
			}
			argNum, i, afterIndex = argNumber(argNum, format, i, n)
			if i < end && format[i] == '*' {
				i++
				fPrec, fPrecPresent, argNum = intFromArg(args, argNum, n)
				if fPrec < 0 {
					fPrec = 0
					fPrecPresent = false
				}
				if !fPrecPresent {
					bstr("%!(BADPREC)")
				}
				afterIndex = false
			} else {
				fPrec, i, fPrecPresent = parsenum(format, i)
				if !fPrecPresent {
					fPrecPresent = true
					fPrec = 0
				}
			}
		}
		if !afterIndex {
			argNum, i, afterIndex = argNumber(argNum, format, i, n)
		}
		if i >= end {
			bstr("%!(NOVERB)")
			break
		}
		verb, size := decodeRune(format, i)
		i += size
		if verb == '%' {
			bbyte('%')
			continue
		}
		if !goodArgNum {
			bangVerb(verb)
			bstr("(BADINDEX)")
			continue
		}
		if argNum >= n {
			badVerb(verb, args, argNum, n)
			continue
		}
		if verb == 'w' && wrapErrs {
			// fmt.Errorf: every %w operand is wrapped (a non-error as nil); an error's is
			// formatted as %v, anything else is a bad verb.
			wrapped = append(wrapped, argNum)
			d := argDesc(args, argNum)
			if d != 0 && (dKind(d) == kError || findMethod(d, "Error", "func() string") != 0) {
				verb = 'v'
			}
		}
		if verb == 'v' || verb == 'w' {
			// Go syntax and struct-field syntax are flags of %v (and %w) alone.
			fSharpV = fSharp
			fSharp = false
			fPlusV = fPlus
			fPlus = false
		}
		if verb == 'T' {
			if argDesc(args, argNum) == 0 {
				pad("<nil>")
			} else {
				pad(truncate(dName(argDesc(args, argNum))))
			}
		} else {
			// (A method fmt calls may format with a fmt function of its own.)
			r := reordered
			fmtValue(argDesc(args, argNum), argAddr(args, argNum), verb, 0)
			reordered = r
		}
		argNum++
	}
	// Extra operands are reported unless the format reordered them.
	if !reordered && argNum < n {
		bstr("%!(EXTRA ")
		for k := argNum; k < n; k++ {
			if k > argNum {
				bstr(", ")
			}
			if argDesc(args, k) == 0 {
				bstr("<nil>")
				continue
			}
			bstr(dName(argDesc(args, k)))
			bbyte('=')
			fClear()
			fmtValue(argDesc(args, k), argAddr(args, k), 'v', 0)
		}
		bbyte(')')
	}
}

// The entry points the compiler calls for fmt.
// The print functions write to os.Stdout, and return what its Write returns.
func fmtPrint(args uintptr, n int) (int, error) {
	doPrint(args, n, false)
	return os.Stdout.WriteString(mkstr(buf, blen))
}

func fmtPrintln(args uintptr, n int) (int, error) {
	doPrint(args, n, true)
	return os.Stdout.WriteString(mkstr(buf, blen))
}

func fmtPrintf(format string, args uintptr, n int) (int, error) {
	doPrintf(format, args, n)
	return os.Stdout.WriteString(mkstr(buf, blen))
}

func fmtSprint(args uintptr, n int) string {
	doPrint(args, n, false)
	return bstring()
}

func fmtSprintln(args uintptr, n int) string {
	doPrint(args, n, true)
	return bstring()
}

func fmtSprintf(format string, args uintptr, n int) string {
	doPrintf(format, args, n)
	return bstring()
}

// readFile reads a whole small file (at most 10 MiB) by its path; false if it cannot. The
// library's packages read system files with it (time's zones, math's CPU features).
func readFile(path string) ([]byte, bool) {
	p := make([]byte, len(path)+1)
	copy(p, path)
	fd := syscall6(sysOpen, int(sliceaddr(p)), 0x80000, 0, 0, 0, 0) // O_RDONLY|O_CLOEXEC
	if fd < 0 {
		return nil, false
	}
	var out []byte
	buf := make([]byte, 4096)
	for {
		n := syscall6(0, fd, int(sliceaddr(buf)), len(buf), 0, 0, 0)
		if n == -4 {
			continue
		}
		if n < 0 || len(out) > 10<<20 {
			syscall6(3, fd, 0, 0, 0, 0, 0)
			return nil, false
		}
		if n == 0 {
			break
		}
		out = append(out, buf[:n]...)
	}
	syscall6(3, fd, 0, 0, 0, 0, 0)
	return out, true
}

// indexbyte is the index of the first byte c among the n bytes at p, or -1. It tests eight
// bytes at a time (a word XORed with c repeated has a zero byte exactly where c is), then
// finds the byte in the first word that has one.
func indexbyte(p uintptr, n int, c byte) int {
	i := 0
	if n >= 8 {
		pat := uint64(c) * 0x0101010101010101
		for ; i+8 <= n; i += 8 {
			x := uint64(load64(p+uintptr(i))) ^ pat
			if (x-0x0101010101010101)&^x&0x8080808080808080 != 0 {
				break
			}
		}
	}
	for ; i < n; i++ {
		if load8(p+uintptr(i)) == c {
			return i
		}
	}
	return -1
}

// sigpipeHandled is set once SIGPIPE has a handler that does nothing, as gc's runtime has
// one: a write to a pipe without readers then returns EPIPE, and package os raises SIGPIPE
// itself for the standard output and error only. A handler (unlike SIG_IGN) is reset by
// execve, so the program's children start with the default disposition.
var sigpipeHandled bool

// sigPage is the code page of the runtime's signal handlers (installSigpipe).
var sigPage uintptr

// installSigpipe installs that handler: a `ret`, and the `rt_sigreturn` restorer x86-64
// signal delivery needs, written into a page then made executable (if the system refuses,
// SIGPIPE keeps its default action).
func installSigpipe() {
	p := syscall6(sysMmap, 0, 4096, 3, 0x22, -1, 0) // PROT_READ|PROT_WRITE, private anonymous
	if p < 0 && p > -4096 {
		return
	}
	code := "\xc3\xb8\x0f\x00\x00\x00\x0f\x05" // ret; mov eax, 15; syscall
	for i := 0; i < len(code); i++ {
		store8(uintptr(p)+uintptr(i), code[i])
	}
	// At 16, the preemption tick's handler: movabs rax, &stackLimit; mov qword [rax], -1; ret
	// (the next program function's stack check then calls morestack, which yields).
	tick := "\x48\xb8\x00\x00\x00\x00\x00\x00\x00\x00\x48\xc7\x00\xff\xff\xff\xff\xc3"
	for i := 0; i < len(tick); i++ {
		store8(uintptr(p)+16+uintptr(i), tick[i])
	}
	store64(uintptr(p)+18, int(addrOf(&stackLimit)))
	sigPage = uintptr(p)
	if syscall6(sysMprotect, p, 4096, 5, 0, 0, 0) != 0 { // PROT_READ|PROT_EXEC
		syscall6(11, p, 4096, 0, 0, 0, 0) // munmap
		return
	}
	act := alloc(32) // struct sigaction: handler, flags, restorer, mask
	store64(act, p)
	store64(act+8, 0x04000000|0x10000000) // SA_RESTORER|SA_RESTART
	store64(act+16, p+1)
	if syscall6(13, 13, int(act), 0, 8, 0, 0) == 0 { // rt_sigaction(SIGPIPE)
		sigpipeHandled = true
	}
}

// raiseSigpipe ends the program with SIGPIPE, as gc does after a write to a broken pipe on
// the standard output or error.
func raiseSigpipe() {
	act := alloc(32) // SIG_DFL
	syscall6(13, 13, int(act), 0, 8, 0, 0)
	syscall6(62, syscall6(39, 0, 0, 0, 0, 0, 0), 13, 0, 0, 0, 0) // kill(getpid(), SIGPIPE)
}
