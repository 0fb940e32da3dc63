package main

import "fmt"

type Point struct{ X, Y float64 }
type Tag string

func main() {
	// One map holding keys of many dynamic types.
	m := map[any]string{}
	m[1] = "int one"
	m[int64(1)] = "int64 one"
	m[1.0] = "float one"
	m["1"] = "string one"
	m[Tag("1")] = "tag one"
	m[true] = "true"
	m[Point{1, 2}] = "point"
	m[[2]int{1, 2}] = "array"
	m[nil] = "nil key"
	fmt.Println(len(m))

	lookups := []any{1, int64(1), 1.0, float32(1), "1", Tag("1"), true, false, Point{1, 2}, Point{2, 1}, [2]int{1, 2}, nil, uint(1)}
	for _, k := range lookups {
		v, ok := m[k]
		fmt.Printf("%-8v %-10T %-12q %v\n", k, k, v, ok)
	}

	// Counting mixed values.
	counts := map[any]int{}
	for _, v := range []any{"a", 1, "a", 2.5, 1, 'a', "b", 2.5, Tag("a"), 1} {
		counts[v]++
	}
	fmt.Println(counts["a"], counts[1], counts[2.5], counts['a'], counts[Tag("a")], counts["z"])

	// Deleting and overwriting.
	delete(m, 1)
	delete(m, nil)
	m[1.0] = "float one, again"
	_, hasInt := m[1]
	fmt.Println(len(m), hasInt, m[1.0])

	// Float keys inside any: -0 and +0 are the same key.
	fz := map[any]int{}
	zero := 0.0
	fz[zero] = 1
	fz[-zero] += 10
	fz[float32(0)] = 100
	fmt.Println(len(fz), fz[0.0], fz[float32(0)])

	// A set of visited points.
	visited := map[any]bool{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {2, 2}}
	for _, p := range path {
		if visited[p] {
			fmt.Println("revisit", p)
		}
		visited[p] = true
	}
	fmt.Println(len(visited), visited[Point{1, 1}], visited[Point{3, 3}])

	// Map literal with any keys.
	names := map[any]string{0: "zero", "0": "string zero", 0.5: "half", Tag("t"): "tag"}
	fmt.Println(names[0], names["0"], names[0.5], names[Tag("t")], len(names))
}
