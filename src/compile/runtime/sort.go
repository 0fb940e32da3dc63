// Package sort of memrun's runtime library, written from Go's documented behaviour.
//
// Which of several equal elements comes first is not specified by Sort and Slice, but it is
// observable, and gc's pdqsort decides it. memrun sorts stably (a merge sort of positions,
// then one permutation); that is gc's order whenever no two elements are equal, and for up to
// 12 elements (gc sorts those by insertion, which is stable). A larger Sort or Slice with
// equal elements stops with memrun's message rather than risk another order than gc's.
package sort

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

// checkTies stops the program when an unstable sort of more than 12 elements met equal
// elements, whose order gc's algorithm decides.
func checkTies(p []int, less func(i, j int) bool, what string) {
	if len(p) <= 12 {
		return
	}
	for k := 1; k < len(p); k++ {
		if !less(p[k-1], p[k]) {
			unsupported(what + " of more than 12 elements with equal ones is not supported yet (their order is gc's sort algorithm's)")
		}
	}
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
	p := order(n, data.Less)
	checkTies(p, data.Less, "sort.Sort")
	permute(p, data.Swap)
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
	p := order(n, less)
	checkTies(p, less, "sort.Slice")
	permute(p, swap)
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
	p := order(len(x), func(i, j int) bool { return x[i] < x[j] })
	permute(p, func(i, j int) { x[i], x[j] = x[j], x[i] })
}

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) {
	p := order(len(x), func(i, j int) bool { return x[i] < x[j] })
	permute(p, func(i, j int) { x[i], x[j] = x[j], x[i] })
}

func isNaN(f float64) bool {
	return f != f
}

func floatLess(a, b float64) bool {
	return a < b || isNaN(a) && !isNaN(b)
}

// Float64s sorts a slice of float64s in increasing order, not-a-number values first.
func Float64s(x []float64) {
	less := func(i, j int) bool { return floatLess(x[i], x[j]) }
	p := order(len(x), less)
	// Equal values are alike but for zeros' signs (and NaNs' bits, which print alike).
	if len(x) > 12 {
		for k := 1; k < len(p); k++ {
			a, b := x[p[k-1]], x[p[k]]
			if a == 0 && b == 0 && float64bits(a) != float64bits(b) {
				unsupported("sort.Float64s of more than 12 elements with both +0 and -0 is not supported yet")
			}
		}
	}
	permute(p, func(i, j int) { x[i], x[j] = x[j], x[i] })
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
