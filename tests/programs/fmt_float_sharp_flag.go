package main

import "fmt"

// The # flag with %e %f %g: always a decimal point; %g keeps its trailing zeros up to the
// precision (6 when none). Inf and NaN are as without it; %b ignores it.
func main() {
	vals := []float64{0, 1, -1, 3.5, 100, 123456789, 1e21, 1e-7, 0.000123, 2.0 / 3, -0.0}
	for _, v := range vals {
		fmt.Printf("%#g|%#.3g|%#e|%#.0e|%#f|%#.0f|%#G|%#10.2f|%#-12.4g|%#+.1e|%#08.3g|%#E|%#b\n", v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	var f32 float32 = 1.5
	fmt.Printf("%#g %#v %#.2f %# g\n", f32, f32, f32, f32)
	inf := 1.0
	for i := 0; i < 400; i++ {
		inf *= 10
	}
	fmt.Printf("%#g %#f %#e\n", inf, -inf, inf-inf)
	fmt.Printf("%#v %#v\n", 1.0, 2.5)
	hex()
}

// %x keeps its zeros as %g does; %X does not (as in gc).
func hex() {
	vals := []float64{0, 1, -1, 3.5, 100, 123456789, 1e21, 1e-7, 0.000123, 2.0 / 3, 0.9375, 14.0}
	for _, v := range vals {
		fmt.Printf("%#x|%#.3x|%#X|%#.0x|%#12.2x|%#-14X|\n", v, v, v, v, v, v)
	}
	fmt.Printf("%#x %#.1X\n", float32(1.5), float32(-0.25))
}
