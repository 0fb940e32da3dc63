// Package runtime as programs import it: the collector's controls and statistics, and the
// facts of the platform. (The rest of package runtime is memrun's core, which programs never
// see: this file alone is their declaration of the package.)
package runtime

// Compiler is the toolchain whose conventions the binary follows.
const Compiler = "gc"

// GOOS and GOARCH are the target's operating system and architecture.
const GOOS = "linux"
const GOARCH = "amd64"

// MemStats records statistics about the memory allocator, field for field as gc's.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// GC runs a garbage collection.
func GC() {
	if collect() {
		numForcedGC++
	}
}

// ReadMemStats fills m with the allocator's statistics.
func ReadMemStats(m *MemStats) {
	heapSys := uint64(arenaTop - arenaLo)
	meta := uint64(metaSys) + uint64(pageMapTop-pageMap) + uint64(markCap*16)
	m.Alloc = uint64(heapLive)
	m.TotalAlloc = uint64(totalAlloc)
	m.Mallocs = uint64(nMalloc)
	m.Frees = uint64(nFree)
	m.HeapAlloc = uint64(heapLive)
	m.HeapSys = heapSys
	m.HeapInuse = uint64(heapInuse)
	m.HeapIdle = heapSys - uint64(heapInuse)
	m.HeapReleased = uint64(releasedBytes())
	m.HeapObjects = uint64(nMalloc - nFree)
	// The main stack is reserved whole (1 GiB); what it uses is what lies above the caller.
	m.StackInuse = uint64((stackHi - spillregs(spillBuf) + pageSize - 1) &^ (pageSize - 1))
	m.StackSys = m.StackInuse
	m.GCSys = meta
	m.Sys = heapSys + meta + m.StackSys
	m.NextGC = uint64(nextGC)
	m.LastGC = uint64(lastGC)
	m.PauseTotalNs = uint64(pauseTotal)
	for i := 0; i < 256; i++ {
		m.PauseNs[i] = uint64(load64(pauseRing + uintptr(i*16)))
		m.PauseEnd[i] = uint64(load64(pauseRing + uintptr(i*16+8)))
	}
	m.NumGC = uint32(numGC)
	m.NumForcedGC = uint32(numForcedGC)
	m.EnableGC = true
	for i := 0; i < 61 && i < nClasses; i++ {
		m.BySize[i].Size = uint32(load64(classSize + uintptr(i*8)))
	}
}

// KeepAlive marks its argument as reachable up to this point.
func KeepAlive(x any) {
	keepAliveSink = x
	keepAliveSink = nil
}

var keepAliveSink any

// NumCPU is the number of CPUs the process may run on.
func NumCPU() int {
	mask := make([]byte, 1024)
	n := syscall6(204, 0, len(mask), int(sliceaddr(mask)), 0, 0, 0) // sched_getaffinity
	if n <= 0 {
		return 1
	}
	c := 0
	for i := 0; i < n; i++ {
		for b := mask[i]; b != 0; b &= b - 1 {
			c++
		}
	}
	return c
}

var maxprocs int

// GOMAXPROCS sets how many CPUs may run Go code at once and returns the previous setting
// (n < 1 only reads it). It starts at $GOMAXPROCS or NumCPU.
func GOMAXPROCS(n int) int {
	if maxprocs == 0 {
		maxprocs = NumCPU() // no $GOMAXPROCS at start-up (gcenv)
	}
	prev := maxprocs
	if n > 0 {
		maxprocs = n
	}
	return prev
}

// NumGoroutine is the number of goroutines that exist.
func NumGoroutine() int {
	return len(allgs)
}

// Goexit ends the goroutine that calls it, after running its deferred calls; recover
// cannot stop it. When main calls it, the program ends once the other goroutines have.
func Goexit() {
	startGoexit()
}

// Error is the interface of the run-time errors a panic can carry (index out of range,
// nil map writes, …).
type Error interface {
	error
	// RuntimeError distinguishes run-time errors from ordinary ones.
	RuntimeError()
}

// Gosched lets the other runnable goroutines run before the caller goes on.
func Gosched() {
	goyield()
}

// Version is the Go release whose behaviour the binary follows.
func Version() string {
	return "go1.27.3"
}

// Go 1.27's rest of package runtime, which memrun does not compile (yet):
//memrun:unsupported MemProfileRate BlockProfile Breakpoint CPUProfile Caller Callers GOROOT
//memrun:unsupported GoroutineProfile LockOSThread MemProfile MutexProfile NumCgoCall ReadTrace
//memrun:unsupported SetBlockProfileRate SetCPUProfileRate SetCgoTraceback SetDefaultGOMAXPROCS
//memrun:unsupported SetFinalizer SetMutexProfileFraction Stack StartTrace StopTrace
//memrun:unsupported ThreadCreateProfile UnlockOSThread BlockProfileRecord Cleanup AddCleanup
//memrun:unsupported Frame Frames CallersFrames Func FuncForPC MemProfileRecord PanicNilError
//memrun:unsupported Pinner StackRecord TypeAssertionError
