package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.Contains(xs, 8), slices.Index(xs, 9))
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found, slices.Max(xs), slices.Min(xs))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(people)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals, len(maps.Clone(m)), maps.Equal(m, maps.Clone(m)))
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(ys, xs, slices.Equal(xs, ys))
	ys = slices.Insert(ys, 1, 100, 200)
	fmt.Println(ys)
	ys = slices.Delete(ys, 0, 2)
	fmt.Println(ys, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	var seq iter.Seq[int] = slices.Values([]int{7, 8, 9})
	next, stop := iter.Pull(seq)
	a, ok1 := next()
	b, ok2 := next()
	stop()
	c, ok3 := next()
	fmt.Println(a, ok1, b, ok2, c, ok3)
	get := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(get(), get())
	fmt.Println(cmp.Compare(1.5, 2.5), cmp.Less("b", "a"), cmp.Or("", "x", "y"), min(3, 1, 2))
	maps.DeleteFunc(m, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m)
}
