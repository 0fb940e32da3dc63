package main

import "fmt"

type Cents int64

func toCents(dollars float64) Cents {
	// Round half away from zero without the math package.
	if dollars < 0 {
		return Cents(dollars*100 - 0.5)
	}
	return Cents(dollars*100 + 0.5)
}

func round(f float64) int {
	if f < 0 {
		return -int(-f + 0.5)
	}
	return int(f + 0.5)
}

func main() {
	// Float to int truncates toward zero.
	fs := []float64{2.9, -2.9, 0.5, -0.5, 7.0, 1e9 + 0.75, -123456.999}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), round(f))
	}

	// Int to float.
	for _, n := range []int{0, 1, -7, 1 << 40, 123456789} {
		fmt.Println(n, float64(n), float32(n), float64(n)/2)
	}

	// Sized integers.
	var b byte = 200
	var i8 int8 = -100
	var u32 uint32 = 4000000000
	fmt.Println(float64(b), float64(i8), float64(u32), float32(u32))
	f := 250.7
	fmt.Println(uint8(f), int16(-f), uint32(f*1000), int32(f))

	// Float32 <-> float64.
	var g float32 = 0.1
	fmt.Println(g, float64(g), float32(float64(g)) == g)
	h := 1.0 / 3
	fmt.Println(h, float32(h), float64(float32(h)))

	// Money.
	prices := []float64{19.99, 5.005, 0.1, -3.456, 1234.5}
	var total Cents
	for _, p := range prices {
		c := toCents(p)
		total += c
		fmt.Printf("%9.3f -> %6d cents\n", p, c)
	}
	fmt.Printf("total %d cents = $%.2f\n", total, float64(total)/100)

	// Integer division vs float division.
	a, d := 7, 2
	fmt.Println(a/d, float64(a)/float64(d), float64(a/d))
	pct := float64(3) / float64(8) * 100
	fmt.Printf("%.1f%% %d%%\n", pct, int(pct))

	// Large integers lose precision in float32 but not float64.
	n := 16777217
	fmt.Println(float32(n), float64(n), int(float32(n)), int(float64(n)))
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), int64(float64(big)))
}
