package main

import (
	"fmt"
	"sort"
)

func binarySearch(a []int, x int) (int, bool) {
	lo, hi := 0, len(a)-1
	steps := 0
	for lo <= hi {
		steps++
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			fmt.Printf("  found %d in %d steps\n", x, steps)
			return mid, true
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return lo, false
}

func lowerBound(a []int, x int) int {
	return sort.Search(len(a), func(i int) bool { return a[i] >= x })
}

func main() {
	a := make([]int, 0, 20)
	for i := 0; i < 20; i++ {
		a = append(a, i*3+1)
	}
	fmt.Println(a)
	for _, x := range []int{1, 28, 58, 30, -1, 100} {
		i, ok := binarySearch(a, x)
		fmt.Println(x, "->", i, ok, "lb", lowerBound(a, x))
	}
	i := sort.SearchInts(a, 31)
	fmt.Println("SearchInts 31:", i)
	strs := []string{"ant", "bee", "cat", "dog", "eel"}
	fmt.Println(sort.SearchStrings(strs, "cow"), sort.StringsAreSorted(strs))
	// insert keeping order
	x := 29
	pos := lowerBound(a, x)
	a = append(a, 0)
	copy(a[pos+1:], a[pos:])
	a[pos] = x
	fmt.Println(a, len(a), cap(a))
}
