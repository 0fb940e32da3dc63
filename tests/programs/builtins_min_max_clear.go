package main

import "fmt"

type Level int8

type Range struct {
	Lo, Hi int
}

func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}

func span(xs []int) Range {
	r := Range{xs[0], xs[0]}
	for i := 1; i < len(xs); i++ {
		r.Lo = min(r.Lo, xs[i])
		r.Hi = max(r.Hi, xs[i])
	}
	return r
}

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(7), max(-1, -5))
	a, b := 10, -20
	fmt.Println(min(a, b), max(a, b), min(a, b, 0), max(a, b, 100))
	fmt.Println(min("pear", "apple", "fig"), max("pear", "apple", "fig"), min("", "a"))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255), min(Level(3), Level(-2)))
	fmt.Println(clamp(15, 0, 10), clamp(-3, 0, 10), clamp(5, 0, 10))
	fmt.Println(span([]int{4, -2, 9, 0, 9, -2}))
	const c = min(8, 2, 3) * max(4, -9)
	fmt.Println(c, max('a', 'b'))

	nums := []int{1, 2, 3, 4, 5}
	view := nums[1:3]
	clear(view)
	fmt.Println(nums, len(view))
	clear(nums)
	fmt.Println(nums, len(nums), cap(nums))

	words := []string{"x", "y"}
	clear(words)
	fmt.Printf("%q\n", words)

	pts := []Range{{1, 2}, {3, 4}}
	clear(pts[1:])
	fmt.Println(pts)

	ptrs := []*int{&a, &b}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil, a, b)

	buf := make([]byte, 4, 8)
	copy(buf, "abcd")
	clear(buf[:cap(buf)][2:])
	fmt.Println(buf, len(buf), cap(buf))

	s := make([]int, 2, 6)
	fmt.Println(len(s), cap(s), cap(s[1:]), cap(s[:0]), cap(s[2:4]))
	arr := [5]int{}
	fmt.Println(len(arr), cap(arr), cap(arr[1:3]), cap(arr[:2:3]))
	ap := &arr
	fmt.Println(len(ap), cap(ap))
	var grid [3][7]bool
	fmt.Println(len(grid), len(grid[0]), cap(grid[2]))
	const n = len([4]int{})
	fmt.Println(n)

	best := 0
	scores := [...]int{12, 55, 7, 55, 31}
	for i := 0; i < len(scores); i++ {
		best = max(best, scores[i])
	}
	lowest := scores[0]
	for i := 1; i < len(scores); i++ {
		lowest = min(lowest, scores[i])
	}
	fmt.Println(best, lowest)
}
