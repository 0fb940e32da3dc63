// Package slices of memrun's runtime library: generic functions over slices. Sorting goes
// through package sort's pdqsort and stable sort, which follow gc's algorithms comparison for
// comparison (gc generates both from one template), so equal elements end where gc's do.
package slices

import (
	"cmp"
	"iter"
	"sort"
)

// All returns an iterator over index-value pairs in the slice in the usual order.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

// Backward returns an iterator over index-value pairs in the slice, traversing it backward.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Values returns an iterator that yields the slice elements in order.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

// AppendSeq appends the values from seq to the slice and returns the extended slice.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Collect collects values from seq into a new slice and returns it.
func Collect[E any](seq iter.Seq[E]) []E {
	var s []E
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Sorted collects values from seq into a new slice, sorts the slice, and returns it.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

// SortedFunc collects values from seq into a new slice, sorts it using cmp, and returns it.
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

// SortedStableFunc collects values from seq into a new slice, sorts it stably using cmp, and
// returns it.
func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, cmp)
	return s
}

// Sort sorts a slice of any ordered type in ascending order (NaNs first): cmp.Compare's
// order, whose "less than" is cmp.Less.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	pdqFunc[E]{s: x, cmp: cmp.Compare[E]}.run(len(x))
}

// SortFunc sorts the slice x in ascending order as determined by the cmp function.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	pdqFunc[E]{s: x, cmp: cmp}.run(len(x))
}

// SortStableFunc sorts the slice x while keeping the original order of equal elements.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	sort.SliceStable(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order, with cmp as the comparison.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch searches for target in a sorted slice: the position where target is found,
// or where it would appear, and whether it was found.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp.Less(x[mid], target) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp.Compare(x[lo], target) == 0
}

// BinarySearchFunc works like BinarySearch, with a custom comparison function.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(x[mid], target) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(x[lo], target) == 0
}

// Index returns the index of the first occurrence of v in s, or -1 if not present.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i satisfying f(s[i]), or -1 if none do.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is present in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether at least one element e of s satisfies f(e).
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Equal reports whether two slices are equal: the same length and all elements equal.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc reports whether two slices are equal using an equality function on each pair.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares the elements of s1 and s2, using cmp.Compare on each pair.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Reverse reverses the elements of the slice in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Max returns the maximal value in x; it panics if x is empty. A NaN wins.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

// Min returns the minimal value in x; it panics if x is empty. A NaN wins.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

// MaxFunc returns the maximal value in x using cmp (the first of several maximal ones).
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

// MinFunc returns the minimal value in x using cmp (the first of several minimal ones).
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// Clone returns a copy of the slice (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

// Compact replaces consecutive runs of equal elements with a single copy, zeroing the
// elements between the new length and the original one.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if s[k] == s[k-1] {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if s2[k2] != s2[k2-1] {
					s[k] = s2[k2]
					k++
				}
			}
			var zero E
			for i := k; i < len(s); i++ {
				s[i] = zero
			}
			return s[:k]
		}
	}
	return s
}

// CompactFunc is like Compact but uses an equality function to compare elements.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if eq(s[k], s[k-1]) {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if !eq(s2[k2], s2[k2-1]) {
					s[k] = s2[k2]
					k++
				}
			}
			var zero E
			for i := k; i < len(s); i++ {
				s[i] = zero
			}
			return s[:k]
		}
	}
	return s
}

// Delete removes the elements s[i:j] from s, zeroing the vacated elements; it panics if
// j > len(s) or s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	var zero E
	for k := len(s); k < n; k++ {
		s[:n][k] = zero
	}
	return s
}

// DeleteFunc removes any elements from s for which del returns true, zeroing the vacated
// elements.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	var zero E
	for k := i; k < len(s); k++ {
		s[k] = zero
	}
	return s[:i]
}

// Insert inserts the values v... into s at index i, returning the modified slice; it panics
// if i > len(s).
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		// New storage, at the capacity growing s to n+m gives; s itself is left as it is.
		grown := append(s, v...)
		copy(grown[i+m:], s[i:])
		copy(grown[i:], v)
		return grown
	}
	// In place: v may be part of s's storage, so it is copied out first.
	vals := append(S(nil), v...)
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], vals)
	return s
}

// Concat returns a new slice concatenating the passed in slices.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	var out S
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

// Repeat returns a new slice that repeats the provided slice the given number of times.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if len(x) > 0 && count > maxInt/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, len(x)*count)
	n := copy(out, x)
	for n < len(out) {
		n += copy(out[n:], out[:n])
	}
	return out
}

// Chunk returns an iterator over consecutive sub-slices of up to n elements of s (the last
// may be shorter), each with its capacity clipped; it panics if n is less than 1.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for i := 0; i < len(s); i += n {
			end := min(n, len(s[i:]))
			if !yield(s[i : i+end : i+end]) {
				return
			}
		}
	}
}

// Clip removes unused capacity from the slice, returning s[:len(s):len(s)].
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// CompareFunc is like Compare but uses a custom comparison function on each pair of elements.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Grow increases the slice's capacity, if necessary, to guarantee space for another n
// elements; it panics if n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Replace replaces the elements s[i:j] by the given v, and returns the modified slice; it
// panics if j > len(s) or s[i:j] is not a valid slice of s. Vacated elements are zeroed.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // bounds check
	n := len(s)
	total := i + len(v) + (n - j)
	if total > cap(s) {
		// New storage, at the capacity growing s to total gives; s is left as it is.
		grown := append(s, make(S, total-n)...)
		copy(grown[i+len(v):], s[j:])
		copy(grown[i:], v)
		return grown
	}
	// In place: v may be part of s's storage, so it is copied out first.
	vals := append(S(nil), v...)
	r := s[:total]
	copy(r[i+len(v):], s[j:n])
	copy(r[i:], vals)
	if total < n {
		clear(s[total:n])
	}
	return r
}

// The sorts: gc's pattern-defeating quicksort (as package sort's, comparison for comparison
// and swap for swap, so that equal elements end where gc's generic sort puts them), here
// specialised for each element type by instantiation.

// pdqFunc sorts a slice with a three-way comparison function.
type pdqFunc[E any] struct {
	s   []E
	cmp func(a, b E) int
}

// bitLen is the number of bits needed to represent n.
func bitLen(n uint) int {
	k := 0
	for n != 0 {
		k++
		n >>= 1
	}
	return k
}

// run sorts [0, n).
func (d pdqFunc[E]) run(n int) {
	d.sort(0, n, bitLen(uint(n)))
}

func (d pdqFunc[E]) insertion(a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && d.cmp(d.s[j], d.s[j-1]) < 0; j-- {
			d.s[j], d.s[j-1] = d.s[j-1], d.s[j]
		}
	}
}

func (d pdqFunc[E]) siftDown(lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && d.cmp(d.s[first+child], d.s[first+child+1]) < 0 {
			child++
		}
		if !(d.cmp(d.s[first+root], d.s[first+child]) < 0) {
			return
		}
		d.s[first+root], d.s[first+child] = d.s[first+child], d.s[first+root]
		root = child
	}
}

func (d pdqFunc[E]) heap(a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		d.siftDown(i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		d.s[a], d.s[a+i] = d.s[a+i], d.s[a]
		d.siftDown(0, i, a)
	}
}

// The sortedness the pivot samples suggest.
const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func (d pdqFunc[E]) sort(a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			d.insertion(a, b)
			return
		}
		if limit == 0 {
			d.heap(a, b)
			return
		}
		if !balanced {
			d.breakPatterns(a, b)
			limit--
		}
		pivot, hint := d.choosePivot(a, b)
		if hint == hintDecreasing {
			for i, j := a, b-1; i < j; i, j = i+1, j-1 {
				d.s[i], d.s[j] = d.s[j], d.s[i]
			}
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing && d.partialInsertion(a, b) {
			return
		}
		// Nothing in [a, b) is less than the element before it: split off the equal ones.
		if a > 0 && !(d.cmp(d.s[a-1], d.s[pivot]) < 0) {
			a = d.partitionEqual(a, b, pivot)
			continue
		}
		mid, already := d.partition(a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			d.sort(a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			d.sort(mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to a, then the elements less than it before the others, and
// the pivot between them; it reports where, and whether nothing had to move.
func (d pdqFunc[E]) partition(a, b, pivot int) (int, bool) {
	d.s[a], d.s[pivot] = d.s[pivot], d.s[a]
	i, j := a+1, b-1
	for i <= j && d.cmp(d.s[i], d.s[a]) < 0 {
		i++
	}
	for i <= j && !(d.cmp(d.s[j], d.s[a]) < 0) {
		j--
	}
	if i > j {
		d.s[j], d.s[a] = d.s[a], d.s[j]
		return j, true
	}
	d.s[i], d.s[j] = d.s[j], d.s[i]
	i++
	j--
	for {
		for i <= j && d.cmp(d.s[i], d.s[a]) < 0 {
			i++
		}
		for i <= j && !(d.cmp(d.s[j], d.s[a]) < 0) {
			j--
		}
		if i > j {
			break
		}
		d.s[i], d.s[j] = d.s[j], d.s[i]
		i++
		j--
	}
	d.s[j], d.s[a] = d.s[a], d.s[j]
	return j, false
}

// partitionEqual puts the elements equal to the pivot (none is less) first and returns
// where the greater ones start.
func (d pdqFunc[E]) partitionEqual(a, b, pivot int) int {
	d.s[a], d.s[pivot] = d.s[pivot], d.s[a]
	i, j := a+1, b-1
	for {
		for i <= j && !(d.cmp(d.s[a], d.s[i]) < 0) {
			i++
		}
		for i <= j && d.cmp(d.s[a], d.s[j]) < 0 {
			j--
		}
		if i > j {
			break
		}
		d.s[i], d.s[j] = d.s[j], d.s[i]
		i++
		j--
	}
	return i
}

// partialInsertion fixes up to 5 adjacent inversions (on 50 or more elements) and reports
// whether [a, b) is then sorted.
func (d pdqFunc[E]) partialInsertion(a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !(d.cmp(d.s[i], d.s[i-1]) < 0) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		d.s[i], d.s[i-1] = d.s[i-1], d.s[i]
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !(d.cmp(d.s[j], d.s[j-1]) < 0) {
					break
				}
				d.s[j], d.s[j-1] = d.s[j-1], d.s[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !(d.cmp(d.s[j], d.s[j-1]) < 0) {
					break
				}
				d.s[j], d.s[j-1] = d.s[j-1], d.s[j]
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle with pseudo-random ones (an
// xorshift generator seeded with the length, so the result is deterministic).
func (d pdqFunc[E]) breakPatterns(a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bitLen(uint(n))) - 1
	mid := a + (n/4)*2
	for i := -1; i <= 1; i++ {
		r ^= r << 13
		r ^= r >> 7
		r ^= r << 17
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		d.s[mid+i], d.s[a+other] = d.s[a+other], d.s[mid+i]
	}
}

// order2 returns x, y ordered by less, counting a swap when they were not.
func (d pdqFunc[E]) order2(x, y int, swaps *int) (int, int) {
	if d.cmp(d.s[y], d.s[x]) < 0 {
		*swaps++
		return y, x
	}
	return x, y
}

func (d pdqFunc[E]) median(x, y, z int, swaps *int) int {
	x, y = d.order2(x, y, swaps)
	y, z = d.order2(y, z, swaps)
	x, y = d.order2(x, y, swaps)
	return y
}

// choosePivot picks the pivot of [a, b) and what its samples say about the order.
func (d pdqFunc[E]) choosePivot(a, b int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4*1, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = d.median(i-1, i, i+1, &swaps)
			j = d.median(j-1, j, j+1, &swaps)
			k = d.median(k-1, k, k+1, &swaps)
		}
		j = d.median(i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}
