package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Pt struct{ X, Y int }

func main() {
	m := map[any]string{}
	m[1] = "int one"
	m[int64(1)] = "int64 one"
	m["1"] = "string one"
	m[1.0] = "float one"
	m[Pt{1, 1}] = "point"
	m[Red] = "red color"
	m[true] = "bool"
	m[nil] = "nil key"
	m[[2]int{1, 2}] = "array"

	lookups := []any{1, int64(1), "1", 1.0, Pt{1, 1}, Pt{1, 2}, Red, Color(0), 0, true, false, nil, [2]int{1, 2}, uint(1)}
	for _, k := range lookups {
		v, ok := m[k]
		fmt.Printf("%-8v %-12T -> %q %v\n", k, k, v, ok)
	}
	fmt.Println("len:", len(m))
	delete(m, 1)
	delete(m, nil)
	_, ok := m[1]
	fmt.Println("after delete len:", len(m), ok)

	counts := map[fmt.Stringer]int{}
	for _, c := range []Color{Red, Blue, Red, Green, Red, Blue} {
		counts[c]++
	}
	for _, c := range []Color{Red, Green, Blue} {
		fmt.Printf("%v=%d ", c, counts[c])
	}
	fmt.Println()
	fmt.Println(counts)
}
