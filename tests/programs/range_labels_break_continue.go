package main

import "fmt"

func findPair(xs []int, target int) (int, int, bool) {
	for i, a := range xs {
		for j, b := range xs[i+1:] {
			if a+b == target {
				return i, i + 1 + j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	xs := []int{3, 8, 1, 9, 4, 7}

	// break and continue in a range over a slice.
	for i, x := range xs {
		if x == 1 {
			continue
		}
		if x == 4 {
			break
		}
		fmt.Print(i, ":", x, " ")
	}
	fmt.Println()

	fmt.Println(findPair(xs, 13))
	fmt.Println(findPair(xs, 100))

	// Labelled continue over a string and a slice.
	words := []string{"apple", "sky", "tree", "rhythm", "queue"}
	var withVowel []string
words:
	for _, w := range words {
		for _, r := range w {
			switch r {
			case 'a', 'e', 'i', 'o', 'u':
				withVowel = append(withVowel, w)
				continue words
			}
		}
	}
	fmt.Println(withVowel)

	// Labelled break out of a range over a map (order-independent: just a search).
	m := map[string][]int{"a": {1, 2}, "b": {3, 42, 5}, "c": {6}}
	found := ""
search:
	for k, vs := range m {
		for _, v := range vs {
			if v == 42 {
				found = k
				break search
			}
		}
	}
	fmt.Println("found 42 under", found)

	// break inside a switch only leaves the switch; a label leaves the loop.
	n := 0
loop:
	for i := range 10 {
		switch {
		case i%2 == 0:
			break
		case i > 6:
			break loop
		default:
			n += i
		}
	}
	fmt.Println("n", n)

	// Labelled loops over arrays and integers.
	grid := [3][3]int{{1, 2, 3}, {4, 0, 6}, {7, 8, 9}}
	zr, zc := -1, -1
scan:
	for r, row := range grid {
		for c := range len(row) {
			if row[c] == 0 {
				zr, zc = r, c
				break scan
			}
		}
	}
	fmt.Println("zero at", zr, zc)

	// continue with a label on a three-clause loop around a range.
	total := 0
rows:
	for r := 0; r < len(grid); r++ {
		for _, v := range grid[r] {
			if v == 0 {
				continue rows
			}
			total += v
		}
	}
	fmt.Println("total of rows without zero", total)

	// Deleting from a map while ranging over it is allowed.
	counts := map[int]int{}
	for i := range 20 {
		counts[i] = i * i
	}
	for k := range counts {
		if k%3 != 0 {
			delete(counts, k)
		}
	}
	sum := 0
	for _, v := range counts {
		sum += v
	}
	fmt.Println(len(counts), sum)
}
