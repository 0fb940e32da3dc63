package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "kiwi": 12, "fig": 3}
	c := maps.Clone(stock)
	c["apple"] = 100
	fmt.Println(stock["apple"], c["apple"], maps.Equal(stock, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v == 0 })
	fmt.Println(c, len(c))
	keys := slices.Collect(maps.Keys(stock))
	sort.Strings(keys)
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println(vals)
	extra := map[string]int{"plum": 7, "fig": 30}
	maps.Copy(stock, extra)
	fmt.Println(stock)
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Printf("%-6s %3d\n", k, stock[k])
	}
	inverted := map[int][]string{}
	for k, v := range stock {
		inverted[v%2] = append(inverted[v%2], k)
	}
	for _, v := range inverted {
		slices.Sort(v)
	}
	fmt.Println(inverted)
	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b] += n
	}
	add("x", "y", 1)
	add("x", "z", 2)
	add("w", "y", 3)
	add("x", "y", 4)
	fmt.Println(nested, len(nested["x"]), nested["q"]["r"])
	clear(nested)
	fmt.Println(nested, len(nested))
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for k, v := range nilMap {
		fmt.Println(k, v)
	}
	m2 := maps.Collect(maps.All(map[int]string{1: "one", 2: "two"}))
	fmt.Println(m2)
}
