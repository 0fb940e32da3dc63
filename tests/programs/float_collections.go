package main

import "fmt"

type Reading struct {
	Sensor string
	Value  float64
	Scale  float32
}

type Point struct{ X, Y float64 }

func main() {
	readings := []Reading{
		{"north", 21.5, 1},
		{"south", 19.25, 0.5},
		{"east", -3.75, 2},
		{"west", 0, 1.5},
	}
	for i := range readings {
		readings[i].Value *= float64(readings[i].Scale)
	}
	fmt.Println(readings)
	fmt.Printf("%+v\n", readings[2])

	// Floats as map keys: -0 and +0 are the same key.
	counts := map[float64]int{}
	zero := 0.0
	for _, k := range []float64{1.5, 2.5, 1.5, zero, -zero, 3, 2.5, 1.5} {
		counts[k]++
	}
	fmt.Println(counts, len(counts))
	fmt.Println(counts[1.5], counts[0], counts[99])

	// NaN keys never match: each insert makes a new entry.
	nan := zero / zero
	nk := map[float64]string{}
	nk[nan] = "a"
	nk[nan] = "b"
	nk[1] = "one"
	_, ok := nk[nan]
	fmt.Println(len(nk), ok, nk[1])

	// Struct keys with float fields.
	grid := map[Point]string{
		{0, 0}:     "origin",
		{1.5, 2.5}: "a",
		{-1, 0.25}: "b",
	}
	fmt.Println(grid[Point{0, 0}], grid[Point{1.5, 2.5}], grid[Point{-1, 0.25}], grid[Point{9, 9}] == "")
	fmt.Println(grid)

	// float32 keys.
	f32 := map[float32]bool{0.1: true, 0.2: false}
	fmt.Println(f32[0.1], f32[float32(0.2)], f32)

	// Arrays of floats compare by value.
	a := [3]float64{1, 2, 3}
	b := [3]float64{1, 2, 3}
	c := a
	c[1] = 2.5
	fmt.Println(a == b, a == c, c)

	// Slices of slices.
	table := [][]float64{{1.1, 2.2}, {3.3}, {}}
	table[2] = append(table[2], 4.4, 5.5)
	total := 0.0
	for _, row := range table {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println(table, total)

	// Structs compare with ==, including their float fields.
	p, q := Point{0.1 + 0.2, 1}, Point{0.3, 1}
	x := 0.1
	r := Point{x + 0.2, 1}
	fmt.Println(p == q, r == q, r)

	// Pointers to float fields.
	pt := &Point{1, 2}
	px := &pt.X
	*px += 0.5
	pt.Y /= 4
	fmt.Println(*pt, *px)
}
