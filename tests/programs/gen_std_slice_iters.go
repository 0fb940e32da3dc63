package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name string
	Qty  int
}

func main() {
	fruits := []string{"pear", "apple", "fig", "banana"}
	for i, f := range slices.All(fruits) {
		fmt.Print(i, "=", f, " ")
	}
	fmt.Println()
	for f := range slices.Values(fruits) {
		fmt.Print(strings.ToUpper(f), " ")
	}
	fmt.Println()
	for i, f := range slices.Backward(fruits) {
		fmt.Print(i, ":", f, " ")
		if i == 1 {
			break
		}
	}
	fmt.Println()

	c := slices.Collect(slices.Values(fruits))
	c[0] = "PEAR"
	fmt.Println(c, fruits[0])
	fmt.Println(slices.Sorted(slices.Values(fruits)))
	fmt.Println(slices.SortedFunc(slices.Values(fruits), func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
	}))

	items := []Item{{"bolt", 3}, {"nut", 1}, {"washer", 3}, {"screw", 1}, {"gear", 2}}
	stable := slices.SortedStableFunc(slices.Values(items), func(a, b Item) int { return cmp.Compare(a.Qty, b.Qty) })
	fmt.Println(stable)

	dst := []string{"start"}
	dst = slices.AppendSeq(dst, slices.Values(fruits[:2]))
	fmt.Println(dst)

	var rev []string
	for _, f := range slices.Backward(fruits) {
		rev = append(rev, f)
	}
	fmt.Println(rev)
	fmt.Println(slices.Collect(slices.Values([]int(nil))) == nil)
	fmt.Println(len(slices.Sorted(slices.Values([]int{}))))

	// indices of items with qty > 1 via All
	var idx []int
	for i, it := range slices.All(items) {
		if it.Qty > 1 {
			idx = append(idx, i)
		}
	}
	fmt.Println(idx)

	total := 0
	for it := range slices.Values(items) {
		if it.Name == "screw" {
			continue
		}
		total += it.Qty
	}
	fmt.Println("total w/o screws:", total)
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, len(chunks))
}
