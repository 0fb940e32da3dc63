package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Config map[string]string

func show(name string, m map[string]int) {
	fmt.Print(name, ": ")
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Printf("%s=%d ", k, m[k])
	}
	fmt.Println()
}

func main() {
	a := map[string]int{"x": 1, "y": 2}
	b := map[string]int{"y": 2, "x": 1}
	c := map[string]int{"x": 1, "y": 3}
	fmt.Println(maps.Equal(a, b), maps.Equal(a, c), maps.Equal(a, map[string]int{"x": 1}))
	fmt.Println(maps.Equal(map[int]bool{}, map[int]bool(nil)))

	c1 := Config{"Host": "Example.com", "Port": "80"}
	c2 := Config{"Host": "example.COM", "Port": "80"}
	fmt.Println(maps.Equal(c1, c2), maps.EqualFunc(c1, c2, strings.EqualFold))
	fmt.Println(maps.EqualFunc(map[string]int{"a": 1}, map[string]string{"a": "1"}, func(n int, s string) bool {
		return fmt.Sprint(n) == s
	}))

	scores := map[string]int{"ann": 90, "bob": 45, "cid": 72, "dee": 30, "eve": 88}
	maps.DeleteFunc(scores, func(k string, v int) bool { return v < 50 })
	show("passing", scores)

	// Collect from a Seq2
	words := []string{"go", "is", "fun"}
	byIndex := maps.Collect(slices.All(words))
	for _, k := range slices.Sorted(maps.Keys(byIndex)) {
		fmt.Print(k, ":", byIndex[k], " ")
	}
	fmt.Println()

	// Insert merges a sequence into an existing map
	dst := map[string]int{"ann": 1}
	maps.Insert(dst, maps.All(scores))
	show("merged", dst)

	// build a reverse index with Insert from a custom Seq2
	lengths := map[string]int{}
	maps.Insert(lengths, func(yield func(string, int) bool) {
		for _, w := range strings.Fields("alpha be gamma delta") {
			if !yield(w, len(w)) {
				return
			}
		}
	})
	show("lengths", lengths)

	cl := maps.Clone(scores)
	fmt.Println("clone equal:", maps.Equal(cl, scores))
	cl["zed"] = 1
	fmt.Println("after add:", maps.Equal(cl, scores))
	maps.DeleteFunc(cl, func(string, int) bool { return true })
	fmt.Println("cleared len:", len(cl))
}
