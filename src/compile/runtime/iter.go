// Package iter of memrun's runtime library: iterators over sequences. Pull runs the iterator
// in a goroutine of its own (gc uses a coroutine): next and stop hand control to it and back
// through channels, so only one of them runs at a time, as in gc.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull converts the push-style iterator seq into a pull-style iterator: next returns the next
// value and whether it is valid; stop ends the iteration. A panic in seq reaches the caller of
// next or stop; after stop, yield returns false.
func Pull[V any](seq Seq[V]) (func() (V, bool), func()) {
	pairs := func(yield func(V, struct{}) bool) {
		seq(func(v V) bool { return yield(v, struct{}{}) })
	}
	next2, stop := pull2(pairs, "iter.Pull")
	next := func() (V, bool) {
		v, _, ok := next2()
		return v, ok
	}
	return next, stop
}

// pulled2 is what the iterator's goroutine hands to next or stop: a pair, the end, or a
// panic to raise again in the caller.
type pulled2[K, V any] struct {
	k        K
	v        V
	ok       bool
	panicked bool
	p        any
}

// Pull2 converts the push-style iterator seq into a pull-style iterator of pairs (as Pull).
func Pull2[K, V any](seq Seq2[K, V]) (func() (K, V, bool), func()) {
	return pull2(seq, "iter.Pull2")
}

// pull2 is Pull2, and Pull over pairs with an empty second value; who names the function in
// the panic of a re-entered next.
func pull2[K, V any](seq Seq2[K, V], who string) (func() (K, V, bool), func()) {
	resume := make(chan bool)
	values := make(chan pulled2[K, V])
	started, done, stopped, inNext := false, false, false, false
	run := func() {
		var k K
		var v V
		defer func() {
			if p := recover(); p != nil {
				values <- pulled2[K, V]{k, v, false, true, p}
			}
		}()
		if !<-resume {
			values <- pulled2[K, V]{k, v, false, false, nil}
			return
		}
		seq(func(k K, v V) bool {
			if stopped {
				return false
			}
			values <- pulled2[K, V]{k, v, true, false, nil}
			return <-resume
		})
		values <- pulled2[K, V]{k, v, false, false, nil}
	}
	next := func() (K, V, bool) {
		var k K
		var v V
		if inNext {
			panic(who + ": next called again before yield")
		}
		if done {
			return k, v, false
		}
		if !started {
			started = true
			go run()
		}
		inNext = true
		resume <- true
		p := <-values
		inNext = false
		if p.panicked {
			done = true
			panic(p.p)
		}
		if !p.ok {
			done = true
		}
		return p.k, p.v, p.ok
	}
	stop := func() {
		if done {
			return
		}
		done, stopped = true, true
		if started {
			resume <- false
			if p := <-values; p.panicked {
				panic(p.p)
			}
		}
	}
	return next, stop
}
