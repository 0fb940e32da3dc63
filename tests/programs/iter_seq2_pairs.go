package main

import "fmt"

type Pair struct {
	Key   string
	Value int
}

func enumerate(xs []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

// sortedEntries yields a map's entries in key order (insertion sort on the keys).
func sortedEntries(m map[string]int) func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
			}
		}
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func zip(a []int, b []float64) func(func(int, float64) bool) {
	return func(yield func(int, float64) bool) {
		for i := 0; i < len(a) && i < len(b); i++ {
			if !yield(a[i], b[i]) {
				return
			}
		}
	}
}

func main() {
	fruits := []string{"apple", "banana", "cherry"}
	for i, f := range enumerate(fruits) {
		fmt.Println(i, f)
	}

	stock := map[string]int{"pear": 4, "apple": 10, "fig": 0, "kiwi": 7}
	for k, v := range sortedEntries(stock) {
		fmt.Printf("%-6s %3d\n", k, v)
	}

	// Only the key.
	for k := range sortedEntries(stock) {
		fmt.Print(k, " ")
	}
	fmt.Println()

	// Only the value, with the key blank.
	total := 0
	for _, v := range sortedEntries(stock) {
		total += v
	}
	fmt.Println("total", total)

	var pairs []Pair
	for k, v := range sortedEntries(stock) {
		if v == 0 {
			continue
		}
		pairs = append(pairs, Pair{k, v})
	}
	fmt.Println(pairs)

	for n, f := range zip([]int{1, 2, 3, 4}, []float64{0.5, 1.5, 2.5}) {
		fmt.Print(float64(n)*f, " ")
	}
	fmt.Println()

	// Assigning to existing variables.
	var idx int
	var name string
	for idx, name = range enumerate(fruits) {
		if name == "banana" {
			break
		}
	}
	fmt.Println(idx, name)
}
