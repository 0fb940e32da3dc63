package main

import "fmt"

func average(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func main() {
	a := 3.5
	b := 1.25
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(-a, +b, a > b, a < b, a == 3.5, b != 1.25)

	x := 0.1
	y := 0.2
	fmt.Println(x+y, x+y == 0.3)
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0/4.0)

	var total float64
	for i := 1; i <= 10; i++ {
		total += 1.0 / float64(i)
	}
	fmt.Println("harmonic(10) =", total)

	c := 2.0
	c *= 1.5
	fmt.Println(c)
	c -= 0.75
	fmt.Println(c)
	c /= 4
	fmt.Println(c)
	c += 100
	fmt.Println(c)

	fmt.Println(average([]float64{1, 2, 3, 4}))
	fmt.Println(average([]float64{2.5, 3.5, 9}))

	big := 1e21
	small := 1e-7
	fmt.Println(big, small, big*10, small/10)
	fmt.Println(123456789.0, 1234567890123.0, 0.000001, 0.0000001)
	fmt.Println(100.0, 1e20, 1e6, 12345678.9)

	var zero float64
	fmt.Println(zero, -zero == 0)

	// Increment and decrement work on floats too.
	f := 0.5
	f++
	f++
	f--
	fmt.Println(f)

	// Mixed untyped constants and variables.
	r := 2.0
	area := 3.14159 * r * r
	fmt.Println("area", area)
	fmt.Println("circumference", 2*3.14159*r)
	fmt.Printf("%.3f %v\n", area, area > 12)
}
