// The heap: a size-class allocator over one reserved arena, and a stop-the-world mark-sweep
// collector that never moves objects.
//
// The collector is conservative: every aligned word of the roots (the BSS, where all globals
// live; the stack from the collector's frame up; the callee-saved registers) and of every
// object allocated with pointers is taken for a pointer when it falls inside an allocated
// object, interior pointers included. Objects allocated "noscan" (string bytes, []byte,
// numbers: whatever the compiler knows holds no pointer) are marked but never scanned. This
// is the choice the runtime library forces: it is written in Go that keeps heap addresses in
// uintptr and int words (load64/store64), which no type-driven scan could follow. The cost is
// that a word which only looks like a pointer keeps an object alive.
//
// Layout. The arena is reserved once (PROT_NONE, not committed) and committed from its low end
// as the heap grows. It is divided into 8 KiB pages; every committed page maps (pageMap) to the
// record of the span that holds it. A span is a run of pages that is free, holds objects of
// one size class, or holds one large object. Span records and the allocator's tables live in
// metadata memory mapped apart from the arena, which the collector never scans.
//
// Allocation: a span per size class (and per scan/noscan) is current; an object comes from its
// free list (built by the sweep, zeroed when handed out; the links are stored inverted, so
// that a stale pointer into a free object never holds the rest of the list) or from its
// never-used tail. Objects
// over 32 KiB get a span of their own. Pacing follows GOGC (a collection when the heap has
// grown by GOGC% over what the last collection found live, at least 4 MiB) and GOMEMLIMIT;
// free pages beyond what the heap will grow to before the next collection go back to the
// kernel with madvise(MADV_DONTNEED).
package runtime

const (
	pageShift = 13
	pageSize  = 1 << pageShift
	maxSmall  = 32768
	nClasses  = 68 // size classes 1..67 (0: large)
	heapMin   = 4 << 20
	growStep  = 4 << 20
	metaChunk = 256 << 10

	sysMunmap  = 11
	sysMremap  = 25
	sysMadvise = 28

	// A span record's fields (byte offsets).
	spBase   = 0  // first byte
	spPages  = 8  // length in pages
	spState  = 16 // stFree, stSmall, stLarge
	spElem   = 24 // object size
	spNelems = 32 // objects it can hold
	spBump   = 40 // objects handed out from the never-used tail so far
	spNext   = 48 // free list of spans, or a class's partial list, or recycled records
	spPrev   = 56 // free list of spans
	spFree   = 64 // its free objects, linked through their first word
	spFlags  = 72
	spClass  = 80 // span class: size class*2, +1 for noscan
	spMarks  = 128
	spanRec  = 256 // the record's size: 128 bytes of fields, 1024 mark bits

	stFree  = 0
	stSmall = 1
	stLarge = 2

	flNoscan    = 1
	flNeedzero  = 2 // holds old data
	flScavenged = 4 // given back to the kernel (reads as zero, not resident)
)

var arenaLo uintptr
var arenaTop uintptr // committed end
var arenaHi uintptr  // reserved end
var pageMap uintptr
var pageMapTop uintptr // committed end of pageMap

// Metadata memory: a bump region, and recycled span records.
var metaPtr uintptr
var metaEnd uintptr
var recFree uintptr
var metaSys int

// Tables (in metadata): class sizes and pages, size→class lookups, the current span and the
// partial list of each span class.
var classSize uintptr
var classPages uintptr
var sizeToClass8 uintptr
var sizeToClass128 uintptr
var curSpan uintptr
var partial uintptr

// Free spans, doubly linked.
var freeSpans uintptr

// Pacing and statistics.
var heapLive int   // bytes of objects allocated: live at the last collection, plus since
var heapInuse int  // bytes of pages in spans that hold objects
var nextGC int     // heapLive that triggers a collection
var gcPercent int  // GOGC; -1 when off
var memLimit int = -1 // GOMEMLIMIT; -1 when none
var totalAlloc int // cumulative bytes allocated
var nMalloc int
var nFree int
var numGC int
var numForcedGC int
var lastGC int     // wall-clock end of the last collection, ns since 1970
var pauseTotal int // ns
var pauseRing uintptr // 256 × (pause ns, end ns), as MemStats.PauseNs/PauseEnd
var clockBuf uintptr
var gcStress bool
var stressSkip int // allocations since the last stress-mode collection
var gcRunning bool
var zerobase uintptr

// The collector's roots and mark stack.
var bssLo uintptr
var bssHi uintptr
var spillBuf uintptr
var markStack uintptr
var markCap int
var markLen int
var markedBytes int

// heapinit reserves the arena and builds the tables; rt0 calls it before any allocation.
func heapinit(lo uintptr, hi uintptr) {
	bssLo = lo
	bssHi = hi
	zerobase = lo
	gcPercent = 100
	// Reserve as much address space as the system allows, up to 256 GiB.
	size := 1 << 38
	for {
		p := syscall6(sysMmap, 0, size+pageSize, 0, 0x4022, -1, 0) // PROT_NONE, private anonymous, noreserve
		if p > 0 || p <= -4096 {
			arenaLo = (uintptr(p) + pageSize - 1) &^ (pageSize - 1)
			break
		}
		size = size / 2
		if size < 64<<20 {
			outOfMemory()
		}
	}
	arenaTop = arenaLo
	arenaHi = arenaLo + uintptr(size)
	mapBytes := size >> pageShift * 8
	p := syscall6(sysMmap, 0, mapBytes, 0, 0x4022, -1, 0)
	if p < 0 && p > -4096 {
		outOfMemory()
	}
	pageMap = uintptr(p)
	pageMapTop = pageMap
	classSize = metaAlloc(nClasses * 8)
	classPages = metaAlloc(nClasses * 8)
	sizeToClass8 = metaAlloc(129 * 8)
	sizeToClass128 = metaAlloc(249 * 8)
	curSpan = metaAlloc(nClasses * 2 * 8)
	partial = metaAlloc(nClasses * 2 * 8)
	spillBuf = metaAlloc(64)
	pauseRing = metaAlloc(256 * 16)
	clockBuf = metaAlloc(16)
	for i := 0; i < len(sizeClasses); i += 2 {
		c := i/2 + 1
		sz := int(sizeClasses[i]) | int(sizeClasses[i+1])<<8
		store64(classSize+uintptr(c*8), sz)
		// The fewest pages that hold one object and waste at most an eighth.
		np := (sz + pageSize - 1) / pageSize
		for (np*pageSize)%sz*8 > np*pageSize {
			np++
		}
		store64(classPages+uintptr(c*8), np)
	}
	c := 1
	for n := 0; n <= 1024; n += 8 {
		for load64(classSize+uintptr(c*8)) < n {
			c++
		}
		store64(sizeToClass8+uintptr(n/8*8), c)
	}
	for n := 1024; n <= maxSmall; n += 128 {
		for load64(classSize+uintptr(c*8)) < n {
			c++
		}
		store64(sizeToClass128+uintptr((n-1024)/128*8), c)
	}
	nextGC = heapMin
	// The arena's first object is where arenaLo, a global and so a root, points: make it an
	// unscanned word of its own, so that it pins nothing else.
	mallocgc(8, true)
}

// gcenv reads GOGC, GOMEMLIMIT and MEMRUN_GCSTRESS (once the environment is known).
func gcenv() {
	// As gc reads them: GOGC "off" or an int32 (negative is off; anything else is 100);
	// GOMEMLIMIT "off" or a byte count (anything else is fatal).
	if v, ok := envLookup("GOGC"); ok {
		if v == "off" {
			gcPercent = -1
		} else if n, ok := atoiPlain(v); ok && n >= -1<<31 && n < 1<<31 {
			gcPercent = n
			if n < 0 {
				gcPercent = -1
			}
		}
	}
	if v, ok := envLookup("GOMEMLIMIT"); ok && v != "off" {
		n, ok := parseByteCount(v)
		if !ok {
			msg := "GOMEMLIMIT=" + v + "\nfatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`\n"
			write(2, strptr(msg), len(msg))
			exit(2)
		}
		memLimit = n
	}
	// GOMAXPROCS is read now, as gc does; NumCPU only when a program asks.
	if v, ok := envLookup("GOMAXPROCS"); ok {
		if k, ok := atoiPlain(v); ok && k > 0 {
			maxprocs = k
		}
	}
	if v, ok := envLookup("MEMRUN_GCSTRESS"); ok && v != "" && v != "0" {
		gcStress = true
	}
	setGoal()
}

func envLookup(key string) (string, bool) {
	for _, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// atoiPlain parses a decimal integer with an optional sign.
func atoiPlain(s string) (int, bool) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) == 0 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || n > 1<<50 {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// parseByteCount parses GOMEMLIMIT's form: a non-negative number of bytes with an optional B,
// KiB, MiB, GiB or TiB suffix, within int64.
func parseByteCount(s string) (int, bool) {
	unit := 1
	suffixes := "TiB GiB MiB KiB B"
	shifts := 40
	for i := 0; i < len(suffixes); {
		j := i
		for j < len(suffixes) && suffixes[j] != ' ' {
			j++
		}
		suf := suffixes[i:j]
		if len(s) > len(suf) && s[len(s)-len(suf):] == suf {
			s = s[:len(s)-len(suf)]
			unit = 1 << shifts
			break
		}
		shifts -= 10
		i = j + 1
	}
	if len(s) == 0 || s[0] == '-' || s[0] == '+' {
		return 0, false
	}
	n, ok := atoiPlain(s)
	if !ok || n > (1<<63-1)/unit {
		return 0, false
	}
	return n * unit, true
}

func outOfMemory() {
	msg := "fatal error: runtime: out of memory\n"
	write(2, strptr(msg), len(msg))
	exit(2)
}

// metaAlloc returns n zeroed bytes of metadata memory (never freed, never scanned).
func metaAlloc(n int) uintptr {
	n = (n + 15) &^ 15
	if metaPtr+uintptr(n) > metaEnd || metaPtr == 0 {
		size := metaChunk
		if n > size {
			size = (n + 4095) &^ 4095
		}
		p := syscall6(sysMmap, 0, size, 3, 0x22, -1, 0)
		if p < 0 && p > -4096 {
			outOfMemory()
		}
		metaSys += size
		metaPtr = uintptr(p)
		metaEnd = metaPtr + uintptr(size)
	}
	p := metaPtr
	metaPtr += uintptr(n)
	return p
}

func newSpanRec() uintptr {
	r := recFree
	if r != 0 {
		recFree = uintptr(load64(r + spNext))
		memclr(r, spanRec)
		return r
	}
	return metaAlloc(spanRec)
}

func spanOf(p uintptr) uintptr {
	return uintptr(load64(pageMap + (p-arenaLo)>>pageShift*8))
}

// setPages maps the pages of [base, base+n pages) to span record s.
func setPages(s uintptr, base uintptr, n int) {
	m := pageMap + (base-arenaLo)>>pageShift*8
	for i := 0; i < n; i++ {
		store64(m+uintptr(i*8), int(s))
	}
}

func listRemove(s uintptr) {
	next := uintptr(load64(s + spNext))
	prev := uintptr(load64(s + spPrev))
	if prev != 0 {
		store64(prev+spNext, int(next))
	} else {
		freeSpans = next
	}
	if next != 0 {
		store64(next+spPrev, int(prev))
	}
	store64(s+spNext, 0)
	store64(s+spPrev, 0)
}

func listPush(s uintptr) {
	store64(s+spPrev, 0)
	store64(s+spNext, int(freeSpans))
	if freeSpans != 0 {
		store64(freeSpans+spPrev, int(s))
	}
	freeSpans = s
}

// grow commits at least n more pages at the arena's top, as a free span.
func grow(n int) {
	bytes := (n*pageSize + growStep - 1) &^ (growStep - 1)
	if arenaTop+uintptr(bytes) > arenaHi || arenaTop+uintptr(bytes) < arenaTop {
		outOfMemory()
	}
	if syscall6(sysMprotect, int(arenaTop), bytes, 3, 0, 0, 0) != 0 {
		outOfMemory()
	}
	mapEnd := (pageMap + (arenaTop+uintptr(bytes)-arenaLo)>>pageShift*8 + 4095) &^ 4095
	if mapEnd > pageMapTop {
		if syscall6(sysMprotect, int(pageMapTop), int(mapEnd-pageMapTop), 3, 0, 0, 0) != 0 {
			outOfMemory()
		}
		pageMapTop = mapEnd
	}
	s := newSpanRec()
	store64(s+spBase, int(arenaTop))
	store64(s+spPages, bytes>>pageShift)
	store64(s+spFlags, flScavenged)
	setPages(s, arenaTop, bytes>>pageShift)
	arenaTop += uintptr(bytes)
	freeSpan(s, false)
}

// allocSpan takes npages pages from the smallest free span that has them (the lowest such),
// growing the arena when none has.
func allocSpan(npages int) uintptr {
	best := uintptr(0)
	for s := freeSpans; s != 0; s = uintptr(load64(s + spNext)) {
		n := load64(s + spPages)
		if n >= npages && (best == 0 || n < load64(best+spPages) ||
			n == load64(best+spPages) && load64(s+spBase) < load64(best+spBase)) {
			best = s
			if n == npages {
				break
			}
		}
	}
	if best == 0 {
		grow(npages)
		return allocSpan(npages)
	}
	n := load64(best + spPages)
	flags := load64(best+spFlags) & (flNeedzero | flScavenged)
	if n == npages {
		listRemove(best)
		store64(best+spFlags, flags)
		return best
	}
	s := newSpanRec()
	base := uintptr(load64(best + spBase))
	store64(s+spBase, int(base))
	store64(s+spPages, npages)
	store64(s+spFlags, flags)
	setPages(s, base, npages)
	store64(best+spBase, int(base)+npages*pageSize)
	store64(best+spPages, n-npages)
	return s
}

// freeSpan returns span s's pages to the free spans, merged with free neighbours; dirty when
// they hold old data.
func freeSpan(s uintptr, dirty bool) {
	store64(s+spState, stFree)
	flags := load64(s+spFlags) & flScavenged
	if dirty {
		flags = flNeedzero
	}
	store64(s+spFlags, flags)
	store64(s+spFree, 0)
	base := uintptr(load64(s + spBase))
	if base > arenaLo {
		if p := spanOf(base - pageSize); load64(p+spState) == stFree {
			listRemove(p)
			s = mergeSpans(p, s)
		}
	}
	end := uintptr(load64(s+spBase)) + uintptr(load64(s+spPages)*pageSize)
	if end < arenaTop {
		if q := spanOf(end); load64(q+spState) == stFree {
			listRemove(q)
			s = mergeSpans(s, q)
		}
	}
	listPush(s)
}

// mergeSpans joins free span b to free span a just below it, remapping the smaller one's pages.
func mergeSpans(a uintptr, b uintptr) uintptr {
	na := load64(a + spPages)
	nb := load64(b + spPages)
	fa := load64(a + spFlags)
	fb := load64(b + spFlags)
	flags := (fa | fb) & flNeedzero
	flags |= fa & fb & flScavenged
	keep, drop := a, b
	if nb > na {
		keep, drop = b, a
	}
	setPages(keep, uintptr(load64(drop+spBase)), load64(drop+spPages))
	store64(keep+spBase, load64(a+spBase))
	store64(keep+spPages, na+nb)
	store64(keep+spFlags, flags)
	store64(drop+spNext, int(recFree))
	recFree = drop
	return keep
}

// alloc returns n zeroed bytes that may hold pointers.
func alloc(n int) uintptr {
	return mallocgc(n, false)
}

// allocNoscan returns n zeroed bytes that hold no pointers (the collector never scans them).
func allocNoscan(n int) uintptr {
	return mallocgc(n, true)
}

func mallocgc(n int, noscan bool) uintptr {
	if gcStress {
		// Every allocation collects, but with many goroutines (each a stack to scan) only
		// every len(allgs)/64-th: a 10,000-goroutine program would otherwise take minutes.
		stressSkip++
		if stressSkip > len(allgs)/64 {
			stressSkip = 0
			collect()
		}
	}
	if n <= 0 {
		return zerobase
	}
	if n > maxSmall {
		return allocLarge(n, noscan)
	}
	var c int
	if n <= 1024 {
		c = load64(sizeToClass8 + uintptr((n+7)>>3*8))
	} else {
		c = load64(sizeToClass128 + uintptr((n-1024+127)>>7*8))
	}
	sc := c * 2
	if noscan {
		sc++
	}
	size := load64(classSize + uintptr(c*8))
	s := uintptr(load64(curSpan + uintptr(sc*8)))
	for {
		if s != 0 {
			p := uintptr(load64(s + spFree))
			if p != 0 {
				store64(s+spFree, int(^uintptr(load64(p))))
				memclr(p, size)
				heapLive += size
				totalAlloc += size
				nMalloc++
				return p
			}
			b := load64(s + spBump)
			if b < load64(s+spNelems) {
				store64(s+spBump, b+1)
				p = uintptr(load64(s+spBase) + b*size)
				if load64(s+spFlags)&flNeedzero != 0 {
					memclr(p, size)
				}
				heapLive += size
				totalAlloc += size
				nMalloc++
				return p
			}
		}
		s = refill(sc, c)
	}
}

// refill makes another span current for span class sc: one the sweep left partly free, or a
// new one (after a collection, when the heap has reached its goal).
func refill(sc int, c int) uintptr {
	slot := partial + uintptr(sc*8)
	s := uintptr(load64(slot))
	if s == 0 && heapLive >= nextGC && !gcRunning {
		collect()
		s = uintptr(load64(slot))
	}
	if s != 0 {
		store64(slot, load64(s+spNext))
		store64(s+spNext, 0)
	} else {
		np := load64(classPages + uintptr(c*8))
		s = allocSpan(np)
		size := load64(classSize + uintptr(c*8))
		store64(s+spState, stSmall)
		store64(s+spElem, size)
		store64(s+spNelems, np*pageSize/size)
		store64(s+spBump, 0)
		store64(s+spClass, sc)
		if sc&1 != 0 {
			store64(s+spFlags, load64(s+spFlags)|flNoscan)
		}
		heapInuse += np * pageSize
	}
	store64(curSpan+uintptr(sc*8), int(s))
	return s
}

func allocLarge(n int, noscan bool) uintptr {
	if n > 1<<46 {
		outOfMemory()
	}
	np := (n + pageSize - 1) / pageSize
	if heapLive+np*pageSize >= nextGC && !gcRunning {
		collect()
	}
	s := allocSpan(np)
	store64(s+spState, stLarge)
	store64(s+spElem, np*pageSize)
	store64(s+spNelems, 1)
	store64(s+spBump, 1)
	if noscan {
		store64(s+spFlags, load64(s+spFlags)|flNoscan)
	}
	p := uintptr(load64(s + spBase))
	if load64(s+spFlags)&flNeedzero != 0 {
		memclr(p, n)
	}
	heapInuse += np * pageSize
	heapLive += np * pageSize
	totalAlloc += np * pageSize
	nMalloc++
	return p
}

// ----- the collector -----

// collect marks everything reachable from the roots and frees the rest; false when a
// collection is already under way.
func collect() bool {
	if gcRunning || arenaLo == 0 {
		return false
	}
	gcRunning = true
	start := clockNs(1)
	sp := spillregs(spillBuf)
	markedBytes = 0
	scanRange(bssLo, bssHi)
	scanRange(spillBuf, spillBuf+48)
	scanStacks(sp)
	for markLen > 0 {
		markLen--
		e := markStack + uintptr(markLen*16)
		p := uintptr(load64(e))
		scanRange(p, p+uintptr(load64(e+8)))
	}
	sweep()
	heapLive = markedBytes
	numGC++
	setGoal()
	scavenge()
	end := clockNs(1)
	lastGC = clockNs(0)
	pauseTotal += end - start
	slot := pauseRing + uintptr((numGC-1)%256*16)
	store64(slot, end-start)
	store64(slot+8, lastGC)
	gcRunning = false
	return true
}

// clockNs reads clock id (0 realtime, 1 monotonic) in nanoseconds, without allocating.
func clockNs(id int) int {
	syscall6(228, id, int(clockBuf), 0, 0, 0, 0) // clock_gettime
	return load64(clockBuf)*1000000000 + load64(clockBuf+8)
}

// releasedBytes is how much of the free heap is given back to the kernel.
func releasedBytes() int {
	n := 0
	for s := freeSpans; s != 0; s = uintptr(load64(s + spNext)) {
		if load64(s+spFlags)&flScavenged != 0 {
			n += load64(s+spPages) * pageSize
		}
	}
	return n
}

// setGoal sets the heap size of the next collection from the live heap, GOGC and GOMEMLIMIT.
func setGoal() {
	live := heapLive
	goal := 1 << 62
	if gcPercent >= 0 {
		goal = live + live*gcPercent/100
		if min := heapMin * gcPercent / 100; goal < min {
			goal = min
		}
	}
	if memLimit >= 0 {
		// What the limit leaves the heap, after the runtime's other memory.
		other := metaSys + int(pageMapTop-pageMap)
		lim := memLimit - other - (heapInuse - heapLive)
		if lim < live+(512<<10) {
			lim = live + (512 << 10)
		}
		if lim < goal {
			goal = lim
		}
	}
	nextGC = goal
}

// scanRange marks what the words of [lo, hi) point at.
func scanRange(lo uintptr, hi uintptr) {
	span := arenaTop - arenaLo
	for p := (lo + 7) &^ 7; p+8 <= hi; p += 8 {
		w := uintptr(load64(p))
		off := w - arenaLo
		if off >= span {
			continue
		}
		s := uintptr(load64(pageMap + off>>pageShift*8))
		st := load64(s + spState)
		if st == stFree {
			continue
		}
		idx := int(w-uintptr(load64(s+spBase))) / load64(s+spElem)
		if idx >= load64(s+spBump) {
			continue
		}
		mw := s + spMarks + uintptr(idx>>6*8)
		bit := 1 << uint(idx&63)
		m := load64(mw)
		if m&bit != 0 {
			continue
		}
		store64(mw, m|bit)
		elem := load64(s + spElem)
		markedBytes += elem
		if load64(s+spFlags)&flNoscan == 0 {
			pushMark(uintptr(load64(s+spBase)+idx*elem), elem)
		}
	}
}

func pushMark(p uintptr, n int) {
	if markLen == markCap {
		c := markCap * 2
		if c == 0 {
			c = 4096
		}
		q := syscall6(sysMmap, 0, c*16, 3, 0x22, -1, 0)
		if q < 0 && q > -4096 {
			outOfMemory()
		}
		if markStack != 0 {
			memmove(uintptr(q), markStack, markLen*16)
			syscall6(sysMunmap, int(markStack), markCap*16, 0, 0, 0, 0)
		}
		markStack = uintptr(q)
		markCap = c
	}
	e := markStack + uintptr(markLen*16)
	store64(e, int(p))
	store64(e+8, n)
	markLen++
}

// sweep frees every unmarked object, rebuilds the free lists and the partial lists, and
// clears the marks.
func sweep() {
	liveObjects := 0
	for i := 0; i < nClasses*2; i++ {
		store64(curSpan+uintptr(i*8), 0)
		store64(partial+uintptr(i*8), 0)
	}
	p := arenaLo
	for p < arenaTop {
		s := spanOf(p)
		st := load64(s + spState)
		if st == stSmall {
			elem := load64(s + spElem)
			bump := load64(s + spBump)
			base := uintptr(load64(s + spBase))
			head := uintptr(0)
			live := 0
			for idx := bump - 1; idx >= 0; idx-- {
				mw := s + spMarks + uintptr(idx>>6*8)
				if load64(mw)&(1<<uint(idx&63)) != 0 {
					live++
				} else {
					obj := base + uintptr(idx*elem)
					store64(obj, int(^head))
					head = obj
				}
			}
			liveObjects += live
			for w := 0; w*64 < bump; w++ {
				store64(s+spMarks+uintptr(w*8), 0)
			}
			if live == 0 {
				heapInuse -= load64(s+spPages) * pageSize
				freeSpan(s, true)
			} else {
				store64(s+spFree, int(head))
				if head != 0 || bump < load64(s+spNelems) {
					slot := partial + uintptr(load64(s+spClass)*8)
					store64(s+spNext, load64(slot))
					store64(slot, int(s))
				}
			}
		} else if st == stLarge {
			if load64(s+spMarks)&1 != 0 {
				store64(s+spMarks, 0)
				liveObjects++
			} else {
				heapInuse -= load64(s+spPages) * pageSize
				freeSpan(s, true)
			}
		}
		s = spanOf(p)
		p = uintptr(load64(s+spBase)) + uintptr(load64(s+spPages)*pageSize)
	}
	nFree = nMalloc - liveObjects
}

// scavenge gives the kernel back free pages beyond what the heap will grow into before the
// next collection (as gc's scavenger retains about 10% over the goal). It waits until the
// excess is worth the system calls and the page faults of reuse (a quarter of what it keeps,
// and at least 4 MiB), as gc's background scavenger works gradually.
func scavenge() {
	retain := nextGC + nextGC/10 - heapInuse
	if retain < 0 {
		retain = 0
	}
	dirty := 0
	for s := freeSpans; s != 0; s = uintptr(load64(s + spNext)) {
		if load64(s+spFlags)&flScavenged == 0 {
			dirty += load64(s+spPages) * pageSize
		}
	}
	if dirty-retain < retain/4+growStep {
		return
	}
	for s := freeSpans; s != 0 && dirty > retain; s = uintptr(load64(s + spNext)) {
		if load64(s+spFlags)&flScavenged != 0 {
			continue
		}
		n := load64(s+spPages) * pageSize
		syscall6(sysMadvise, load64(s+spBase), n, 4, 0, 0, 0) // MADV_DONTNEED
		store64(s+spFlags, flScavenged)
		dirty -= n
	}
}
