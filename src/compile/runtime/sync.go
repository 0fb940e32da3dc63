// Package sync provides basic synchronization primitives. memrun's goroutines run one at a
// time and switch only where they wait (sched.go), so these need no atomic instructions:
// each waits through the runtime's per-address wait lists (waitOn, wakeOne, wakeAll),
// under the names gc's tracebacks give those waits.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

type noCopy struct{}

type mutex struct {
	state int32
	sema  uint32
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	_  noCopy
	mu mutex
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	for m.mu.state != 0 {
		waitOn(addrOf(&m.mu.sema), "sync.Mutex.Lock")
	}
	m.mu.state = 1
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.mu.state != 0 {
		return false
	}
	m.mu.state = 1
	return true
}

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock() {
	if m.mu.state == 0 {
		syncFatal("sync: unlock of unlocked mutex")
	}
	m.mu.state = 0
	wakeOne(addrOf(&m.mu.sema))
}

// A RWMutex is a reader/writer mutual exclusion lock: any number of readers or one writer.
// A waiting writer keeps new readers out.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	rw.readerWait = 1 // a writer is waiting or holds the lock: readers wait
	for rw.readerCount > 0 {
		waitOn(addrOf(&rw.writerSem), "sync.RWMutex.Lock")
	}
}

// TryLock tries to lock rw for writing.
func (rw *RWMutex) TryLock() bool {
	if rw.readerCount > 0 || !rw.w.TryLock() {
		return false
	}
	rw.readerWait = 1
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	if rw.readerWait == 0 {
		syncFatal("sync: Unlock of unlocked RWMutex")
	}
	rw.readerWait = 0
	wakeAll(addrOf(&rw.readerSem))
	rw.w.Unlock()
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	for rw.readerWait != 0 {
		waitOn(addrOf(&rw.readerSem), "sync.RWMutex.RLock")
	}
	rw.readerCount++
}

// TryRLock tries to lock rw for reading.
func (rw *RWMutex) TryRLock() bool {
	if rw.readerWait != 0 {
		return false
	}
	rw.readerCount++
	return true
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readerCount <= 0 {
		syncFatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readerCount--
	if rw.readerCount == 0 {
		wakeOne(addrOf(&rw.writerSem))
	}
}

// RLocker returns a Locker that locks and unlocks rw for reading.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy
	state  uint64
	sema   uint32
}

// Add adds delta, which may be negative, to the counter; at zero, Wait returns.
func (wg *WaitGroup) Add(delta int) {
	n := int64(wg.state) + int64(delta)
	if n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	wg.state = uint64(n)
	if n == 0 {
		wakeAll(addrOf(&wg.sema))
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for wg.state != 0 {
		waitOn(addrOf(&wg.sema), "sync.WaitGroup.Wait")
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Once performs exactly one action.
type Once struct {
	_    noCopy
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this Once.
func (o *Once) Do(f func()) {
	if o.done != 0 {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() {
	o.done = 1
}

// OnceFunc returns a function that invokes f only once; a panic in f repeats at every call.
func OnceFunc(f func()) func() {
	var once Once
	var valid bool
	var p any
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns its value; a panic in f
// repeats at every call.
func OnceValue[T any](f func() T) func() T {
	var once Once
	var valid bool
	var p any
	var result T
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns its values; a panic in
// f repeats at every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	var valid bool
	var p any
	var r1 T1
	var r2 T2
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing an event.
type Cond struct {
	noCopy noCopy
	L      Locker
	notify uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits to be woken by Signal or Broadcast, and locks c.L again.
func (c *Cond) Wait() {
	c.L.Unlock()
	waitOn(addrOf(&c.notify), "sync.Cond.Wait")
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	wakeOne(addrOf(&c.notify))
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	wakeAll(addrOf(&c.notify))
}

// Map is a map safe for concurrent use (with memrun's goroutines, a map with a stable
// interface).
type Map struct {
	_ noCopy
	m map[any]any
}

// Load returns the value stored under key, and whether there was one.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for the key if present (loaded true); otherwise it
// stores and returns the given value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	delete(m.m, key)
}

// Swap stores value under key and returns the previous value, if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored is equal to old.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each key and value present in the map, until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	clear(m.m)
}

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	noCopy noCopy
	items  []any
	// New optionally specifies a function to generate a value when Get would otherwise
	// return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

// Get takes an item from the pool (the last put), or makes one with New.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
