package main

import "fmt"

type Temp float64

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	m := s / float64(len(xs))
	println("mean of", len(xs), "values:", m)
	return m
}

func main() {
	// println goes to standard error; only the fmt lines are on stdout.
	println(1.5, -2.25, 0.0, 1e100, 3.0)
	var f32 float32 = 0.1
	println(f32, float64(f32))
	zero := 0.0
	println(1/zero, -1/zero, zero/zero, -zero)
	print(2.5, "\n")

	data := []float64{3.5, 4.25, 9, 1.125}
	m := mean(data)
	fmt.Println("mean", m)
	fmt.Printf("mean %.3f\n", m)

	var t Temp = 36.6
	println("temp", t)
	fmt.Println("temp", t)

	// Mixed values per line, with the spaces println puts between them.
	for i, x := range data {
		println(i, x, x > 3)
		fmt.Println(i, x, x > 3)
	}
	var u uint8 = 200
	println(u, int64(-1), true, false, "end")
	fmt.Println("done", len(data))
}
