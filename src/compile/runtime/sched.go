// Goroutines: an M:1 scheduler. Every goroutine has its own mmap'ed stack with a guard page
// below it; one runs at a time, and switches happen only where a goroutine waits (a channel
// operation, a lock, a sleep, runtime.Gosched) — cooperative scheduling. The switch itself
// is the `swapctx` stub (callee-saved registers and the stack pointer). What belongs to the
// running goroutine in globals the compiled code reads — its stack limit, its panic state —
// is saved into its g and restored on each switch.
package runtime

// Goroutine stacks: reserved whole, committed by the kernel as they are touched.
const (
	gStackSize  = 256 << 20
	gStackGuard = 64 << 10
)

const (
	gRunnable = 1
	gRunning  = 2
	gWaiting  = 3
	gDead     = 4
)

// A g is a goroutine.
type g struct {
	id      int
	allIdx  int     // its index in allgs
	sp      uintptr // saved stack pointer while switched out
	stackLo uintptr // the mapping's start (the guard page)
	stackHi uintptr
	limit   uintptr // stackLimit while it runs
	fn      func()
	status  int
	reason  string // why it waits, as gc's tracebacks say ("chan receive")
	next    *g     // run queue
	// Its panic state (the globals panicking, panics, deferCode, deferFromPanic and
	// deferCur).
	panicking      int
	panics         uintptr
	deferCode      uintptr
	deferFromPanic int
	deferCur       int
	// Channels and select.
	fmt        *fmtSave // its formatting state while switched out (fmt's globals)
	selectDone bool
	woke       *sudog // the case that woke it from select
	wakeAt     int    // monotonic ns a sleeping goroutine wakes at
}

var curg *g
var g0 *g
var allgs []*g
var runqHead *g
var runqTail *g
var goidgen int
var switchFrom *g
var saveCell uintptr
var sleepers []*g
var stackCache []uintptr

// schedinit makes the running code the main goroutine (rt0 calls it).
func schedinit() {
	g0 = &g{id: 1, stackLo: stackLo, stackHi: stackHi, limit: stackLimit, status: gRunning}
	curg = g0
	allgs = append(allgs, g0)
	goidgen = 1
	saveCell = metaAlloc(16)
}

// newproc starts a goroutine running fn (the go statement's closure: its function and
// arguments already evaluated).
func newproc(fn func()) {
	ng := &g{fn: fn, status: gRunnable}
	goidgen++
	ng.id = goidgen
	ng.allIdx = len(allgs)
	allgs = append(allgs, ng)
	ready(ng)
	armPreempt()
}

// newStack gives a goroutine about to run for the first time its stack (so that goroutines
// started but not yet run cost no mapping), laid out for the first switch into goentry.
func newStack(ng *g) {
	if n := len(stackCache); n > 0 {
		ng.stackLo = stackCache[n-1]
		stackCache = stackCache[:n-1]
	} else {
		p := syscall6(sysMmap, 0, gStackSize, 3, 0x24022, -1, 0) // private anonymous noreserve stack
		if p < 0 && p > -4096 {
			outOfMemory()
		}
		ng.stackLo = uintptr(p)
		syscall6(sysMprotect, p, pageSize, 0, 0, 0, 0) // guard page
	}
	ng.stackHi = ng.stackLo + gStackSize
	ng.limit = ng.stackLo + gStackGuard + stackReserve
	// The first switch to it pops six callee-saved registers and returns into goentry, which
	// sees a null return address above it.
	sp := ng.stackHi - 64
	for i := 0; i < 8; i++ {
		store64(sp+uintptr(i*8), 0)
	}
	store64(sp+48, int(funcaddr(goentry)))
	ng.sp = sp
}

// goentry is where a new goroutine starts.
func goentry() {
	afterSwitch()
	f := curg.fn
	curg.fn = nil
	f()
	if panicking != 0 && !goexiting() {
		printpanics()
	}
	goexit()
}

// goexit ends the running goroutine.
func goexit() {
	curg.status = gDead
	i, last := curg.allIdx, len(allgs)-1
	allgs[i] = allgs[last]
	allgs[i].allIdx = i
	allgs[last] = nil
	allgs = allgs[:last]
	schedule()
}

// ready makes gp runnable.
func ready(gp *g) {
	gp.status = gRunnable
	gp.next = nil
	if runqTail == nil {
		runqHead = gp
	} else {
		runqTail.next = gp
	}
	runqTail = gp
}

// gopark blocks the running goroutine until something readies it.
func gopark(reason string) {
	curg.status = gWaiting
	curg.reason = reason
	schedule()
}

// Gosched-like yield: the running goroutine goes to the back of the run queue.
func goyield() {
	if runqHead == nil && len(sleepers) == 0 {
		return
	}
	ready(curg)
	schedule()
}

// schedule switches to the next runnable goroutine, sleeping until a sleeper is due when
// none is, and reports a deadlock when nothing can ever run.
func schedule() {
	for {
		if len(sleepers) > 0 || len(timers) > 0 || len(ioWaiters) > 0 {
			wakeSleepers(runqHead == nil)
		}
		next := runqHead
		if next != nil {
			runqHead = next.next
			if runqHead == nil {
				runqTail = nil
			}
			next.next = nil
			if next == curg {
				curg.status = gRunning
				return
			}
			gogo(next)
			return
		}
		if len(sleepers) == 0 && len(timers) == 0 && len(ioWaiters) == 0 {
			deadlock()
		}
	}
}

// wakeSleepers readies the sleepers that are due and fires the timers that are; when
// block, it first sleeps until the earliest of them is.
func wakeSleepers(block bool) {
	now := clockNs(1)
	if block {
		earliest := 1<<63 - 1
		for _, s := range sleepers {
			if s.wakeAt < earliest {
				earliest = s.wakeAt
			}
		}
		if len(timers) > 0 && timers[0].when < earliest {
			earliest = timers[0].when
		}
		if len(ioWaiters) > 0 {
			timeout := -1
			if earliest < 1<<63-1 {
				timeout = earliest - now
				if timeout < 0 {
					timeout = 0
				}
			}
			pollIO(timeout)
			now = clockNs(1)
		} else if earliest > now {
			nanosleep(earliest - now)
			now = clockNs(1)
		}
	} else if len(ioWaiters) > 0 {
		pollIO(0)
	}
	for len(timers) > 0 && timers[0].when <= now {
		t := timers[0]
		timerPop()
		if t.period > 0 {
			t.when += t.period
			if t.when < now {
				// Behind (a busy program): the next tick is a period from now, as gc drops
				// ticks a slow receiver misses.
				t.when = now + t.period
			}
			addTimer(t)
		}
		t.f()
	}
	k := 0
	for _, s := range sleepers {
		if s.wakeAt <= now {
			ready(s)
		} else {
			sleepers[k] = s
			k++
		}
	}
	for i := k; i < len(sleepers); i++ {
		sleepers[i] = nil
	}
	sleepers = sleepers[:k]
}

// nanosleep sleeps ns nanoseconds, through interruptions.
func nanosleep(ns int) {
	ts := clockBuf
	store64(ts, ns/1000000000)
	store64(ts+8, ns%1000000000)
	for syscall6(35, int(ts), int(ts), 0, 0, 0, 0) == -4 { // nanosleep; EINTR: the rest
	}
}

// sleepNs is time.Sleep: the goroutine waits in the scheduler when there are others.
func sleepNs(ns int) {
	if ns <= 0 {
		return
	}
	if len(allgs) == 1 && runqHead == nil && len(timers) == 0 {
		nanosleep(ns)
		return
	}
	curg.wakeAt = clockNs(1) + ns
	sleepers = append(sleepers, curg)
	gopark("sleep")
}

// gogo switches from the running goroutine to next.
func gogo(next *g) {
	from := curg
	from.panicking = panicking
	from.panics = panics
	from.deferCode = deferCode
	from.deferFromPanic = deferFromPanic
	from.deferCur = deferCur
	saveFmt(from)
	switchFrom = from
	if next.stackLo == 0 && next != g0 {
		newStack(next)
	}
	curg = next
	swapctx(saveCell, next.sp)
	afterSwitch()
}

// afterSwitch runs first in the goroutine switched to: it records where the one switched
// from stopped and takes on its own state.
func afterSwitch() {
	from := switchFrom
	from.sp = uintptr(load64(saveCell))
	if from.status == gDead {
		freeStack(from)
	}
	g := curg
	g.status = gRunning
	stackLimit = g.limit
	panicking = g.panicking
	panics = g.panics
	deferCode = g.deferCode
	deferFromPanic = g.deferFromPanic
	deferCur = g.deferCur
	loadFmt(g)
}

// fmtSave is fmt's state (its output buffer and the verb's flags) of a switched-out
// goroutine: one may switch in the middle of formatting (a String method that waits, a
// preemption), and each goroutine formats into its own buffer.
type fmtSave struct {
	buf          uintptr
	blen         int
	bcap         int
	wid          int
	prec         int
	widPresent   bool
	precPresent  bool
	minus        bool
	plus         bool
	sharp        bool
	space        bool
	zero         bool
	plusV        bool
	sharpV       bool
	wrapErrs     bool
	wrapped      []int
	noMethods    bool
}

func saveFmt(gp *g) {
	if gp.fmt == nil {
		if buf == 0 {
			return // never formatted: nothing to keep
		}
		gp.fmt = &fmtSave{}
	}
	f := gp.fmt
	f.buf, f.blen, f.bcap = buf, blen, bcap
	f.wid, f.prec, f.widPresent, f.precPresent = fWid, fPrec, fWidPresent, fPrecPresent
	f.minus, f.plus, f.sharp, f.space, f.zero = fMinus, fPlus, fSharp, fSpace, fZero
	f.plusV, f.sharpV, f.wrapErrs, f.wrapped, f.noMethods = fPlusV, fSharpV, wrapErrs, wrapped, fNoMethods
}

func loadFmt(gp *g) {
	f := gp.fmt
	if f == nil {
		buf, blen, bcap = 0, 0, 0
		fWid, fPrec, fWidPresent, fPrecPresent = 0, 0, false, false
		fMinus, fPlus, fSharp, fSpace, fZero = false, false, false, false, false
		fPlusV, fSharpV, wrapErrs, wrapped, fNoMethods = false, false, false, nil, false
		return
	}
	buf, blen, bcap = f.buf, f.blen, f.bcap
	fWid, fPrec, fWidPresent, fPrecPresent = f.wid, f.prec, f.widPresent, f.precPresent
	fMinus, fPlus, fSharp, fSpace, fZero = f.minus, f.plus, f.sharp, f.space, f.zero
	fPlusV, fSharpV, wrapErrs, wrapped, fNoMethods = f.plusV, f.sharpV, f.wrapErrs, f.wrapped, f.noMethods
}

// freeStack keeps a dead goroutine's stack for the next one (up to 1,024), or unmaps it.
func freeStack(gp *g) {
	if gp == g0 || gp.stackLo == 0 {
		return
	}
	if len(stackCache) < 1024 {
		// Kept with the pages it touched (usually a few at the top): the next goroutine
		// reuses them, and a system call per goroutine would cost more than it saves.
		stackCache = append(stackCache, gp.stackLo)
	} else {
		syscall6(sysMunmap, int(gp.stackLo), gStackSize, 0, 0, 0, 0)
	}
	gp.stackLo = 0
}

// deadlock is gc's report when every goroutine waits for something that cannot happen.
func deadlock() {
	blen = 0
	if len(allgs) == 0 {
		bstr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
		write(2, buf, blen)
		exit(2)
	}
	bstr("fatal error: all goroutines are asleep - deadlock!\n")
	for _, gp := range allgs {
		bstr("\ngoroutine ")
		bstr(itoa(gp.id))
		bstr(" [")
		bstr(gp.reason)
		bstr("]:\n")
		if gp == g0 {
			bstr("main.main()\n")
		}
		bstr("\t(memrun: no stack trace)\n")
	}
	write(2, buf, blen)
	exit(2)
}

// scanStacks marks from every goroutine's stack (the running one's from sp).
func scanStacks(sp uintptr) {
	if curg == nil {
		scanRange(sp, stackHi)
		return
	}
	if curg.status == gDead {
		// A finished goroutine schedules the next one on its own stack, which allgs no
		// longer lists: what the scheduler holds there (a timer just fired) is live.
		scanRange(sp, curg.stackHi)
	}
	for _, gp := range allgs {
		if gp == curg {
			scanRange(sp, gp.stackHi)
		} else if gp.sp != 0 {
			scanRange(gp.sp, gp.stackHi)
		}
	}
}

// Waiting on an address (package sync's locks, wait groups and conditions): the goroutines
// parked on each, in order.
var addrWaiters map[uintptr][]*g

// waitOn parks the running goroutine until wakeOne or wakeAll on addr (reason as gc's
// tracebacks name it: "sync.Mutex.Lock").
func waitOn(addr uintptr, reason string) {
	if addrWaiters == nil {
		addrWaiters = make(map[uintptr][]*g)
	}
	addrWaiters[addr] = append(addrWaiters[addr], curg)
	gopark(reason)
}

// wakeOne readies the first goroutine waiting on addr; whether there was one.
func wakeOne(addr uintptr) bool {
	ws := addrWaiters[addr]
	if len(ws) == 0 {
		return false
	}
	ready(ws[0])
	if len(ws) == 1 {
		delete(addrWaiters, addr)
	} else {
		ws[0] = nil
		addrWaiters[addr] = ws[1:]
	}
	return true
}

// wakeAll readies every goroutine waiting on addr.
func wakeAll(addr uintptr) {
	for _, gp := range addrWaiters[addr] {
		ready(gp)
	}
	delete(addrWaiters, addr)
}

// addrOf is the address a pointer holds (package sync keys its waits by it).
func addrOf(p any) uintptr {
	_, a := efacewords(p)
	return a
}

// syncFatal is gc's unrecoverable sync error (`fatal error: sync: unlock of unlocked mutex`).
func syncFatal(msg string) {
	die("fatal error: ", msg, "\n\ngoroutine "+itoa(goid())+" [running]:\n\t(memrun: no stack trace)\n")
}

// A runtime timer: f runs in the scheduler when the monotonic clock reaches when (and every
// period after, if period > 0). f must not block: package time's send without waiting or
// start a goroutine.
type rtimer struct {
	when   int
	period int
	f      func()
	idx    int // in the heap; -1 when not there
}

// The pending timers, a binary heap by when.
var timers []*rtimer

func monotime() int {
	return clockNs(1)
}

// addTimer schedules t.
func addTimer(t *rtimer) {
	t.idx = len(timers)
	timers = append(timers, t)
	timerUp(t.idx)
}

// delTimer unschedules t; whether it was pending.
func delTimer(t *rtimer) bool {
	i := t.idx
	if i < 0 || i >= len(timers) || timers[i] != t {
		t.idx = -1
		return false
	}
	last := len(timers) - 1
	if i != last {
		timers[i] = timers[last]
		timers[i].idx = i
	}
	timers[last] = nil
	timers = timers[:last]
	if i != last {
		timerDown(i)
		timerUp(i)
	}
	t.idx = -1
	return true
}

func timerPop() {
	delTimer(timers[0])
}

func timerUp(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if timers[p].when <= timers[i].when {
			break
		}
		timers[p], timers[i] = timers[i], timers[p]
		timers[p].idx = p
		timers[i].idx = i
		i = p
	}
}

func timerDown(i int) {
	n := len(timers)
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && timers[r].when < timers[l].when {
			m = r
		}
		if timers[i].when <= timers[m].when {
			break
		}
		timers[m], timers[i] = timers[i], timers[m]
		timers[m].idx = m
		timers[i].idx = i
		i = m
	}
}

// newTimer schedules f at monotonic time when (and every period after, if period > 0).
func newTimer(when int, period int, f func()) *rtimer {
	t := &rtimer{when: when, period: period, f: f, idx: -1}
	addTimer(t)
	return t
}

// resetTimer reschedules t; whether it was pending.
func resetTimer(t *rtimer, when int, period int) bool {
	active := delTimer(t)
	t.when = when
	t.period = period
	addTimer(t)
	return active
}

// stopTimer unschedules t; whether it was pending.
func stopTimer(t *rtimer) bool {
	return delTimer(t)
}

// The preemption tick: while there are goroutines besides main, SIGVTALRM every 10 ms of CPU
// time the process spends (ITIMER_VIRTUAL: none while every goroutine waits) moves the stack
// limit out of reach, so that the next call of a program function yields (morestack). A loop
// that calls no function is not preempted (as in gc before Go 1.14).
var preemptArmed bool

const (
	sigvtalrm  = 26
	preemptMs  = 10
	sysSetitim = 38
)

func armPreempt() {
	if preemptArmed || sigPage == 0 {
		return
	}
	preemptArmed = true
	act := metaAlloc(32)
	store64(act, int(sigPage+16))
	store64(act+8, 0x04000000|0x10000000) // SA_RESTORER|SA_RESTART
	store64(act+16, int(sigPage+1))
	if syscall6(13, sigvtalrm, int(act), 0, 8, 0, 0) != 0 { // rt_sigaction
		return
	}
	it := metaAlloc(32) // struct itimerval: interval, value
	store64(it+8, preemptMs*1000)
	store64(it+24, preemptMs*1000)
	syscall6(sysSetitim, 1, int(it), 0, 0, 0, 0) // ITIMER_VIRTUAL
}

// Blocking I/O: a goroutine about to wait in a system call for a descriptor (a pipe, the
// terminal, a child process's pidfd) parks instead while other goroutines exist, and the
// scheduler polls every such descriptor when it has nothing else to run (ppoll, with the
// earliest timer as its timeout).
type ioWait struct {
	g   *g
	pfd uintptr // its struct pollfd array
	n   int
}

var ioWaiters []ioWait
var pollBuf []byte

// pollWait is poll(2) on the n pollfds at p with no timeout, that lets other goroutines run
// while none is ready: the number ready, or a negative errno.
func pollWait(p uintptr, n int, reason string) int {
	for {
		timeout := -1
		if len(allgs) > 1 {
			timeout = 0
		}
		r := syscall6(7, int(p), n, timeout, 0, 0, 0) // poll
		if r == -4 {
			continue // EINTR
		}
		if r != 0 || timeout < 0 {
			return r
		}
		ioWaiters = append(ioWaiters, ioWait{g: curg, pfd: p, n: n})
		gopark(reason)
	}
}

// waitFD waits, letting other goroutines run, until fd is ready for events (1: POLLIN, 4:
// POLLOUT).
func waitFD(fd int, events int, reason string) {
	if len(allgs) == 1 {
		return // nothing else to run: the caller's system call may block
	}
	b := make([]byte, 8)
	p := sliceaddr(b)
	store32(p, fd)
	store32(p+4, events)
	pollWait(p, 1, reason)
}

// pollIO readies the I/O waiters whose descriptors are ready, waiting at most timeout ns
// (-1: until one is).
func pollIO(timeout int) {
	total := 0
	for _, w := range ioWaiters {
		total += w.n
	}
	if len(pollBuf) < total*8 {
		pollBuf = make([]byte, total*8*2)
	}
	p := sliceaddr(pollBuf)
	k := 0
	for _, w := range ioWaiters {
		memmove(p+uintptr(k*8), w.pfd, w.n*8)
		k += w.n
	}
	ts := uintptr(0)
	if timeout >= 0 {
		ts = clockBuf
		store64(ts, timeout/1000000000)
		store64(ts+8, timeout%1000000000)
	}
	r := syscall6(271, int(p), total, int(ts), 0, 8, 0) // ppoll
	if r <= 0 {
		return
	}
	k = 0
	keep := 0
	for _, w := range ioWaiters {
		isReady := false
		for i := 0; i < w.n; i++ {
			if load32(p+uintptr((k+i)*8+4))>>16 != 0 {
				isReady = true
			}
		}
		k += w.n
		if isReady {
			ready(w.g)
		} else {
			ioWaiters[keep] = w
			keep++
		}
	}
	for i := keep; i < len(ioWaiters); i++ {
		ioWaiters[i] = ioWait{}
	}
	ioWaiters = ioWaiters[:keep]
}
