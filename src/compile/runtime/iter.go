// Package iter of memrun's runtime library: iterators over sequences. Pull runs the iterator
// in a goroutine of its own (gc uses a coroutine): next and stop hand control to it and back
// through channels, so only one of them runs at a time, as in gc.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

type pulled[V any] struct {
	v  V
	ok bool
}

// Pull converts the push-style iterator seq into a pull-style iterator: next returns the next
// value and whether it is valid; stop ends the iteration.
func Pull[V any](seq Seq[V]) (func() (V, bool), func()) {
	resume := make(chan bool)
	values := make(chan pulled[V])
	started := false
	done := false
	run := func() {
		if !<-resume {
			var zero V
			values <- pulled[V]{zero, false}
			return
		}
		seq(func(v V) bool {
			values <- pulled[V]{v, true}
			return <-resume
		})
		var zero V
		values <- pulled[V]{zero, false}
	}
	next := func() (V, bool) {
		var zero V
		if done {
			return zero, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		p := <-values
		if !p.ok {
			done = true
		}
		return p.v, p.ok
	}
	stop := func() {
		if done {
			return
		}
		done = true
		if started {
			resume <- false
			<-values
		}
	}
	return next, stop
}

type pulled2[K, V any] struct {
	k  K
	v  V
	ok bool
}

// Pull2 converts the push-style iterator seq into a pull-style iterator of pairs.
func Pull2[K, V any](seq Seq2[K, V]) (func() (K, V, bool), func()) {
	resume := make(chan bool)
	values := make(chan pulled2[K, V])
	started := false
	done := false
	run := func() {
		if !<-resume {
			var k K
			var v V
			values <- pulled2[K, V]{k, v, false}
			return
		}
		seq(func(k K, v V) bool {
			values <- pulled2[K, V]{k, v, true}
			return <-resume
		})
		var k K
		var v V
		values <- pulled2[K, V]{k, v, false}
	}
	next := func() (K, V, bool) {
		var k K
		var v V
		if done {
			return k, v, false
		}
		if !started {
			started = true
			go run()
		}
		resume <- true
		p := <-values
		if !p.ok {
			done = true
		}
		return p.k, p.v, p.ok
	}
	stop := func() {
		if done {
			return
		}
		done = true
		if started {
			resume <- false
			<-values
		}
	}
	return next, stop
}
