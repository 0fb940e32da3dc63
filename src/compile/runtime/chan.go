// Channels and select, on the M:1 scheduler (sched.go): no locks, since only one goroutine
// runs at a time and none is switched out in the middle of an operation here. A channel value
// is a *hchan; elements are copied by their size through the addresses the compiled code
// passes (a waiting goroutine's element stays on its stack, as in gc).
package runtime

type hchan struct {
	qcount   int
	dataqsiz int
	buf      uintptr
	elemsize int
	closed   bool
	timer    bool // a time.Timer's or Ticker's: len and cap report 0 (markTimerChan)
	sendx    int
	recvx    int
	recvq    waitq
	sendq    waitq
}

type waitq struct {
	first *sudog
	last  *sudog
}

// A sudog is a goroutine waiting in a channel's queue.
type sudog struct {
	g        *g
	elem     uintptr
	c        *hchan
	next     *sudog
	prev     *sudog
	isSelect bool
	caseIdx  int
	success  bool
}

func (q *waitq) enqueue(s *sudog) {
	s.next = nil
	s.prev = q.last
	if q.last == nil {
		q.first = s
	} else {
		q.last.next = s
	}
	q.last = s
}

func (q *waitq) remove(s *sudog) {
	if s.prev == nil {
		if q.first != s {
			return // not queued
		}
		q.first = s.next
	} else {
		s.prev.next = s.next
	}
	if s.next == nil {
		q.last = s.prev
	} else {
		s.next.prev = s.prev
	}
	s.next = nil
	s.prev = nil
}

// dequeue takes the first waiter that can still be woken (a select that another case has
// already woken is skipped).
func (q *waitq) dequeue() *sudog {
	for {
		s := q.first
		if s == nil {
			return nil
		}
		q.remove(s)
		if s.isSelect {
			if s.g.selectDone {
				continue
			}
			s.g.selectDone = true
		}
		return s
	}
}

// makechan is make(chan T, size) for elements of elemsize bytes.
func makechan(elemsize int, size int) *hchan {
	if size < 0 || (elemsize > 0 && size > (1<<40)/elemsize) {
		panicError("makechan: size out of range", plainErrorDesc, false)
		return nil
	}
	c := &hchan{elemsize: elemsize, dataqsiz: size}
	if size > 0 && elemsize > 0 {
		c.buf = alloc(size * elemsize)
	}
	return c
}

func (c *hchan) slot(i int) uintptr {
	return c.buf + uintptr(i*c.elemsize)
}

// chansend is `c <- *elem`.
func chansend(c *hchan, elem uintptr) {
	if c == nil {
		gopark("chan send (nil chan)")
		return
	}
	if c.closed {
		panicwrap("send on closed channel")
		return
	}
	if sg := c.recvq.dequeue(); sg != nil {
		memmove(sg.elem, elem, c.elemsize)
		sg.success = true
		if sg.isSelect {
			curgSelected(sg)
		}
		ready(sg.g)
		return
	}
	if c.qcount < c.dataqsiz {
		memmove(c.slot(c.sendx), elem, c.elemsize)
		c.sendx++
		if c.sendx == c.dataqsiz {
			c.sendx = 0
		}
		c.qcount++
		return
	}
	sg := &sudog{g: curg, elem: elem, c: c}
	c.sendq.enqueue(sg)
	gopark("chan send")
	if !sg.success {
		panicwrap("send on closed channel")
	}
}

// curgSelected records which case woke a goroutine waiting in select.
func curgSelected(sg *sudog) {
	sg.g.selectDone = true
	sg.g.woke = sg
}

// chanrecv is `*elem = <-c` (elem 0: the value is dropped); whether a value was received
// (false: the channel is closed and empty).
func chanrecv(c *hchan, elem uintptr) bool {
	if c == nil {
		gopark("chan receive (nil chan)")
		return false
	}
	ok, done := recvReady(c, elem)
	if done {
		return ok
	}
	sg := &sudog{g: curg, elem: elem, c: c}
	c.recvq.enqueue(sg)
	gopark("chan receive")
	return sg.success
}

// recvReady receives from c without blocking: (received, done).
func recvReady(c *hchan, elem uintptr) (bool, bool) {
	if sg := c.sendq.dequeue(); sg != nil {
		if c.dataqsiz == 0 {
			if elem != 0 {
				memmove(elem, sg.elem, c.elemsize)
			}
		} else {
			// A full buffer: take its head, and the sender's value goes to its tail.
			if elem != 0 {
				memmove(elem, c.slot(c.recvx), c.elemsize)
			}
			memmove(c.slot(c.recvx), sg.elem, c.elemsize)
			c.recvx++
			if c.recvx == c.dataqsiz {
				c.recvx = 0
			}
			c.sendx = c.recvx
		}
		sg.success = true
		if sg.isSelect {
			curgSelected(sg)
		}
		ready(sg.g)
		return true, true
	}
	if c.qcount > 0 {
		if elem != 0 {
			memmove(elem, c.slot(c.recvx), c.elemsize)
		}
		memclr(c.slot(c.recvx), c.elemsize)
		c.recvx++
		if c.recvx == c.dataqsiz {
			c.recvx = 0
		}
		c.qcount--
		return true, true
	}
	if c.closed {
		if elem != 0 {
			memclr(elem, c.elemsize)
		}
		return false, true
	}
	return false, false
}

// closechan is close(c): every waiting receiver gets the zero value, every waiting sender
// panics.
func closechan(c *hchan) {
	if c == nil {
		panicwrap("close of nil channel")
		return
	}
	if c.closed {
		panicwrap("close of closed channel")
		return
	}
	c.closed = true
	for {
		sg := c.recvq.dequeue()
		if sg == nil {
			break
		}
		if sg.elem != 0 {
			memclr(sg.elem, c.elemsize)
		}
		sg.success = false
		if sg.isSelect {
			curgSelected(sg)
		}
		ready(sg.g)
	}
	for {
		sg := c.sendq.dequeue()
		if sg == nil {
			break
		}
		sg.success = false
		if sg.isSelect {
			curgSelected(sg)
		}
		ready(sg.g)
	}
}

// chanlen is len(c) (cap: cap(c)).
func chanlen(c *hchan, cap bool) int {
	if c == nil || c.timer {
		return 0
	}
	if cap {
		return c.dataqsiz
	}
	return c.qcount
}

// markTimerChan marks the channel in c (a chan time.Time) as a timer's. Since Go 1.23 gc's
// timer channels behave as unbuffered: len and cap are 0, and a value not yet received is
// still pending for Stop and Reset. memrun keeps the fired value in a one-value buffer that
// only the time package sees.
func markTimerChan(c any) {
	_, p := efacewords(c)
	store8(p+33, 1) // hchan.timer: after qcount, dataqsiz, buf, elemsize and closed
}

// A select case as the compiled code lays it out.
type scase struct {
	c    *hchan
	send int // 1 for a send
	elem uintptr
}

// selectgo runs a select over its cases: the chosen case's index (-1: the default, when
// block is false and no case is ready) and, for a receive, whether a value came.
func selectgo(cases []scase, block bool) (int, bool) {
	n := len(cases)
	// Ready cases are taken in a random order, as gc does.
	start := 0
	if n > 1 {
		start = int(fastrand() % uint64(n))
	}
	for k := 0; k < n; k++ {
		i := (start + k) % n
		c := cases[i].c
		if c == nil {
			continue
		}
		if cases[i].send != 0 {
			if c.closed {
				panicwrap("send on closed channel")
				return i, false
			}
			if c.qcount < c.dataqsiz || hasReceiver(c) {
				chansend(c, cases[i].elem)
				return i, false
			}
		} else if ok, done := recvReady(c, cases[i].elem); done {
			return i, ok
		}
	}
	if !block {
		return -1, false
	}
	// Wait on every channel at once.
	curg.selectDone = false
	curg.woke = nil
	sgs := make([]*sudog, n)
	waiting := 0
	for i := 0; i < n; i++ {
		c := cases[i].c
		if c == nil {
			continue
		}
		sg := &sudog{g: curg, elem: cases[i].elem, c: c, isSelect: true, caseIdx: i}
		if cases[i].send != 0 {
			c.sendq.enqueue(sg)
		} else {
			c.recvq.enqueue(sg)
		}
		sgs[i] = sg
		waiting++
	}
	if waiting == 0 {
		// Every channel is nil: gc names a select with cases "select" even then.
		if n == 0 {
			gopark("select (no cases)")
		} else {
			gopark("select")
		}
		return -1, false
	}
	gopark("select")
	woke := curg.woke
	curg.woke = nil
	for i, sg := range sgs {
		if sg == nil || sg == woke {
			continue
		}
		if cases[i].send != 0 {
			sg.c.sendq.remove(sg)
		} else {
			sg.c.recvq.remove(sg)
		}
	}
	curg.selectDone = false
	if cases[woke.caseIdx].send != 0 && !woke.success {
		panicwrap("send on closed channel")
		return woke.caseIdx, false
	}
	return woke.caseIdx, woke.success
}

// hasReceiver says whether c has a receiver that can still be woken.
func hasReceiver(c *hchan) bool {
	for s := c.recvq.first; s != nil; s = s.next {
		if !s.isSelect || !s.g.selectDone {
			return true
		}
	}
	return false
}
