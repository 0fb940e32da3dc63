package main

import (
	"fmt"
	"slices"
	"strings"
)

// slices.Compact, CompactFunc, Delete and DeleteFunc return their argument resliced: assigned
// back to the variable appended to, they share nothing with anything else.
func main() {
	a := strings.Fields("kiwi fig apple pear fig plum")
	b := strings.Fields("plum kiwi grape fig lime kiwi")
	setA := map[string]bool{}
	for _, x := range a {
		setA[x] = true
	}
	var common, onlyB []string
	for _, x := range b {
		if setA[x] {
			common = append(common, x)
		} else {
			onlyB = append(onlyB, x)
		}
	}
	slices.Sort(common)
	common = slices.Compact(common)
	fmt.Println("common:", strings.Join(common, ","))
	fmt.Printf("only in B: %q\n", onlyB)

	var s []int
	for i := 0; i < 7; i++ {
		s = append(s, i/2)
	}
	t := slices.Compact(s)
	fmt.Println(len(t), cap(t))
	t = append(t, 9)
	fmt.Println(s, t)
	u := []int{1, 2, 3, 4, 5}
	u = slices.Delete(u, 1, 2)
	fmt.Println(u, cap(u))
	u = append(u, 7)
	fmt.Println(u, cap(u))
	w := make([]string, 0)
	for _, x := range []string{"a", "a", "b"} {
		w = append(w, x)
	}
	w = slices.CompactFunc(w, func(a, b string) bool { return a == b })
	w = slices.DeleteFunc(w, func(a string) bool { return a == "z" })
	fmt.Println(w, len(w), cap(w))
}
