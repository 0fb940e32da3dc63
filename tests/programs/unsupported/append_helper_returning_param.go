package main

import "fmt"

func appendOne(s []int, v int) []int {
	return append(s, v)
}

func main() {
	base := make([]int, 3, 5)
	base[0], base[1], base[2] = 1, 2, 3

	a := append(base, 10) // fits: shares base's array
	b := append(base, 20) // overwrites a[3]
	fmt.Println(base, a, b)
	fmt.Println(len(base), cap(base), len(a), cap(a))
	a[0] = 99
	fmt.Println(base[0], b[0])

	c := append(a, 30, 40) // exceeds cap 5: new array
	c[1] = -2
	fmt.Println(a, c, len(c), cap(c))

	// a sub-slice appends into its parent's storage
	parent := []int{1, 2, 3, 4, 5}
	child := parent[1:3]
	child = append(child, 77)
	fmt.Println(parent, child, len(child), cap(child))

	// the three-index form stops the aliasing
	safe := parent[1:3:3]
	safe = append(safe, 88)
	safe[0] = 0
	fmt.Println(parent, safe, cap(safe))

	// a function appending into spare capacity
	buf := make([]int, 0, 4)
	x := appendOne(buf, 1)
	y := appendOne(buf, 2)
	fmt.Println(len(buf), x, y)
	buf = appendOne(buf, 3)
	fmt.Println(buf, x, y)

	// a queue built by reslicing the front
	queue := []string{"a", "b", "c"}
	front := queue[0]
	queue = queue[1:]
	queue = append(queue, "d")
	fmt.Println(front, queue, len(queue), cap(queue))

	// self-append doubles a slice
	d := []int{1, 2}
	d = append(d, d...)
	d = append(d, d...)
	fmt.Println(d, len(d), cap(d))

	// removing from the middle shifts elements within the same array
	items := []string{"p", "q", "r", "s", "t"}
	all := items
	i := 2
	items = append(items[:i], items[i+1:]...)
	fmt.Println(items, all, len(items), cap(items))

	// inserting in the middle
	nums := []int{1, 2, 4, 5}
	j := 2
	nums = append(nums[:j], append([]int{3}, nums[j:]...)...)
	fmt.Println(nums)

	strs := make([][]int, 2)
	row := make([]int, 1, 3)
	strs[0] = append(row, 1)
	strs[1] = append(row, 2)
	fmt.Println(strs)
}
