// Package sort of memrun's runtime library, written from Go's documented behaviour.
//
// Which of several equal elements comes first is not specified by Sort and Slice, but it is
// observable: gc's pattern-defeating quicksort decides it, and memrun's unstable sorts run
// the same algorithm (the same comparisons and swaps, in the same order), so equal elements
// end where gc puts them and a Less or Swap with side effects sees the same calls. The stable
// sorts merge positions and then permute: their result is unique.
package sort

// pdq is an unstable sort of positions a..b-1 through less and swap: pdqsort (Orson Peters'
// pattern-defeating quicksort) with gc's parameters: insertion sort up to 12 elements,
// median-of-three pivots from 8 and Tukey's ninther from 50, a reversal when the pivot
// samples were all descending, a partial insertion sort for likely-sorted input, equal-key
// partitions, deterministic pattern breaking after an unbalanced partition, and heapsort
// once the depth limit is spent.
type pdq struct {
	less func(i, j int) bool
	swap func(i, j int)
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
func (d pdq) run(n int) {
	d.sort(0, n, bitLen(uint(n)))
}

func (d pdq) insertion(a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && d.less(j, j-1); j-- {
			d.swap(j, j-1)
		}
	}
}

func (d pdq) siftDown(lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && d.less(first+child, first+child+1) {
			child++
		}
		if !d.less(first+root, first+child) {
			return
		}
		d.swap(first+root, first+child)
		root = child
	}
}

func (d pdq) heap(a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		d.siftDown(i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		d.swap(a, a+i)
		d.siftDown(0, i, a)
	}
}

// The sortedness the pivot samples suggest.
const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func (d pdq) sort(a, b, limit int) {
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
				d.swap(i, j)
			}
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing && d.partialInsertion(a, b) {
			return
		}
		// Nothing in [a, b) is less than the element before it: split off the equal ones.
		if a > 0 && !d.less(a-1, pivot) {
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
func (d pdq) partition(a, b, pivot int) (int, bool) {
	d.swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && d.less(i, a) {
		i++
	}
	for i <= j && !d.less(j, a) {
		j--
	}
	if i > j {
		d.swap(j, a)
		return j, true
	}
	d.swap(i, j)
	i++
	j--
	for {
		for i <= j && d.less(i, a) {
			i++
		}
		for i <= j && !d.less(j, a) {
			j--
		}
		if i > j {
			break
		}
		d.swap(i, j)
		i++
		j--
	}
	d.swap(j, a)
	return j, false
}

// partitionEqual puts the elements equal to the pivot (none is less) first and returns
// where the greater ones start.
func (d pdq) partitionEqual(a, b, pivot int) int {
	d.swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !d.less(a, i) {
			i++
		}
		for i <= j && d.less(a, j) {
			j--
		}
		if i > j {
			break
		}
		d.swap(i, j)
		i++
		j--
	}
	return i
}

// partialInsertion fixes up to 5 adjacent inversions (on 50 or more elements) and reports
// whether [a, b) is then sorted.
func (d pdq) partialInsertion(a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !d.less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		d.swap(i, i-1)
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !d.less(j, j-1) {
					break
				}
				d.swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !d.less(j, j-1) {
					break
				}
				d.swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle with pseudo-random ones (an
// xorshift generator seeded with the length, so the result is deterministic).
func (d pdq) breakPatterns(a, b int) {
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
		d.swap(mid+i, a+other)
	}
}

// order2 returns x, y ordered by less, counting a swap when they were not.
func (d pdq) order2(x, y int, swaps *int) (int, int) {
	if d.less(y, x) {
		*swaps++
		return y, x
	}
	return x, y
}

func (d pdq) median(x, y, z int, swaps *int) int {
	x, y = d.order2(x, y, swaps)
	y, z = d.order2(y, z, swaps)
	x, y = d.order2(x, y, swaps)
	return y
}

// choosePivot picks the pivot of [a, b) and what its samples say about the order.
func (d pdq) choosePivot(a, b int) (int, int) {
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

// An implementation of Interface can be sorted by the routines in this package.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// order is the stable sorted order of positions 0..n-1 by less (which compares positions of
// the unsorted data).
func order(n int, less func(i, j int) bool) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	tmp := make([]int, n)
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := lo + width
			if mid > n {
				mid = n
			}
			hi := lo + 2*width
			if hi > n {
				hi = n
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if less(p[j], p[i]) {
					tmp[k] = p[j]
					j++
				} else {
					tmp[k] = p[i]
					i++
				}
				k++
			}
			for ; i < mid; i++ {
				tmp[k] = p[i]
				k++
			}
			for ; j < hi; j++ {
				tmp[k] = p[j]
				k++
			}
		}
		p, tmp = tmp, p
	}
	return p
}

// permute applies the order p (result k is the element at p[k]) through swap.
func permute(p []int, swap func(i, j int)) {
	// pos[e] is where the element first at e is now; at[k] which element is at k.
	n := len(p)
	pos := make([]int, n)
	at := make([]int, n)
	for i := 0; i < n; i++ {
		pos[i] = i
		at[i] = i
	}
	for k := 0; k < n; k++ {
		want := p[k]
		cur := pos[want]
		if cur == k {
			continue
		}
		swap(k, cur)
		other := at[k]
		at[k], at[cur] = want, other
		pos[want], pos[other] = k, cur
	}
}

// Sort sorts data in ascending order as determined by the Less method.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdq{data.Less, data.Swap}.run(n)
}

// Stable sorts data in ascending order, keeping the original order of equal elements.
func Stable(data Interface) {
	permute(order(data.Len(), data.Less), data.Swap)
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// sliceSwapper is a swap of elements of the slice in x (an interface holding a slice).
func sliceSwapper(x any) (int, func(i, j int)) {
	d, p := efacewords(x)
	if d == 0 || dKind(d) != kSlice {
		panic("reflect: call of Swapper on non-slice value")
	}
	base := uintptr(load64(p))
	n := load64(p + 8)
	size := dSize(dBody(d))
	tmp := alloc(size + 1)
	return n, func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := base + uintptr(i*size)
		b := base + uintptr(j*size)
		memmove(tmp, a, size)
		memmove(a, b, size)
		memmove(b, tmp, size)
	}
}

// Slice sorts the slice x given the provided less function; it panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	n, swap := sliceSwapper(x)
	pdq{less, swap}.run(n)
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements in
// their original order.
func SliceStable(x any, less func(i, j int) bool) {
	n, swap := sliceSwapper(x)
	permute(order(n, less), swap)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n, _ := sliceSwapper(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) {
	pdq{func(i, j int) bool { return x[i] < x[j] }, func(i, j int) { x[i], x[j] = x[j], x[i] }}.run(len(x))
}

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) {
	pdq{func(i, j int) bool { return x[i] < x[j] }, func(i, j int) { x[i], x[j] = x[j], x[i] }}.run(len(x))
}

func isNaN(f float64) bool {
	return f != f
}

func floatLess(a, b float64) bool {
	return a < b || isNaN(a) && !isNaN(b)
}

// Float64s sorts a slice of float64s in increasing order, not-a-number values first.
func Float64s(x []float64) {
	pdq{func(i, j int) bool { return floatLess(x[i], x[j]) }, func(i, j int) { x[i], x[j] = x[j], x[i] }}.run(len(x))
}

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether the slice x is sorted in increasing order.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if floatLess(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// Search uses binary search to find and return the smallest index i in [0, n) at which f(i)
// is true (n if there is none), assuming f is false then true.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find the smallest index i in [0, n) at which cmp(i) <= 0, and
// whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts searches for x in a sorted slice of ints and returns the index as Search does.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Ints(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Strings(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Float64Slice implements Interface for a []float64, sorting in increasing order, with
// not-a-number values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int           { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return floatLess(x[i], x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Float64s(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }
