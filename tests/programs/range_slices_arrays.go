package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	xs := []int{10, 20, 30, 40}
	for i := range xs {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, x := range xs {
		fmt.Printf("%d:%d ", i, x)
	}
	fmt.Println()
	for _, x := range xs {
		fmt.Print(x/10, " ")
	}
	fmt.Println()
	n := 0
	for range xs {
		n++
	}
	fmt.Println("count", n)

	// The range expression is evaluated once: appending does not extend the loop.
	for i, x := range xs {
		if i == 0 {
			xs = append(xs, 99)
		}
		fmt.Print(x, " ")
	}
	fmt.Println(len(xs))

	// Element writes through the slice are visible to later iterations.
	ys := []int{1, 2, 3, 4}
	for i, y := range ys {
		if i+1 < len(ys) {
			ys[i+1] += y
		}
	}
	fmt.Println(ys)

	// Ranging over an array copies it: writes are not seen by the loop.
	arr := [4]int{1, 2, 3, 4}
	for i, a := range arr {
		if i+1 < len(arr) {
			arr[i+1] = 100
		}
		fmt.Print(a, " ")
	}
	fmt.Println(arr)

	// Ranging over a pointer to an array does not copy.
	arr2 := [4]int{1, 2, 3, 4}
	for i, a := range &arr2 {
		if i+1 < len(arr2) {
			arr2[i+1] = 100
		}
		fmt.Print(a, " ")
	}
	fmt.Println()

	// The value variable is a copy: modifying it does not change elements.
	items := []Item{{"nut", 3}, {"bolt", 5}}
	for _, it := range items {
		it.Qty *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 10
	}
	fmt.Println(items)

	// Range over nil and empty slices.
	var nilS []string
	for i := range nilS {
		fmt.Println("never", i)
	}
	for range []int{} {
		fmt.Println("never")
	}

	// Ranging over a 2D array and a slice of slices.
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	total := 0
	for r, row := range grid {
		for c, v := range row {
			total += v * (r + 1) * (c + 1)
		}
	}
	fmt.Println("weighted", total)
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	for i, row := range jag {
		fmt.Println(i, len(row), row)
	}

	// Assigning to existing variables in a range clause.
	var idx, val int
	for idx, val = range []int{7, 8, 9} {
	}
	fmt.Println("last:", idx, val)

	// Range over an array literal and a function result.
	for i, s := range [...]string{"p", "q"} {
		fmt.Print(i, s, " ")
	}
	for _, v := range makeSlice(3) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

func makeSlice(n int) []int {
	fmt.Print("(makeSlice called) ")
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	return s
}
