package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "kiwi": 12, "plum": 3}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println("keys:", keys)
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println("values:", vals)

	var lines []string
	for k, v := range maps.All(stock) {
		lines = append(lines, fmt.Sprintf("%s=%d", k, v))
	}
	slices.Sort(lines)
	fmt.Println(strings.Join(lines, ", "))

	backup := maps.Clone(stock)
	stock["apple"] = 0
	delete(stock, "kiwi")
	fmt.Println(backup["apple"], backup["kiwi"], len(backup), len(stock))

	var nilMap map[string]int
	cl := maps.Clone(nilMap)
	fmt.Println("clone of nil is nil:", cl == nil)

	delivery := map[string]int{"kiwi": 4, "mango": 9, "apple": 10}
	maps.Copy(stock, delivery)
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Printf("%s:%d ", k, stock[k])
	}
	fmt.Println()

	// invert a map (values are unique)
	codes := map[string]string{"US": "United States", "FR": "France", "JP": "Japan"}
	inv := make(map[string]string, len(codes))
	for k, v := range maps.All(codes) {
		inv[v] = k
	}
	for _, name := range slices.Sorted(maps.Keys(inv)) {
		fmt.Println(name, "->", inv[name])
	}

	// count total via Values, break early
	sum := 0
	for v := range maps.Values(stock) {
		sum += v
	}
	fmt.Println("sum:", sum)
	n := 0
	for range maps.Keys(stock) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println("stopped after", n)

	nested := map[string][]int{"a": {1, 2}, "b": {3}}
	shallow := maps.Clone(nested)
	shallow["a"][0] = 100
	shallow["c"] = []int{9}
	fmt.Println(nested["a"], len(nested), len(shallow))
}
