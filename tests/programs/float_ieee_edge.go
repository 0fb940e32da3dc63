package main

import "fmt"

var huge = 1e308

func classify(f float64) string {
	switch {
	case f != f:
		return "NaN"
	case f > huge && f*0.5 == f:
		return "+Inf"
	case f < -huge && f*0.5 == f:
		return "-Inf"
	case f == 0:
		if 1/f < 0 {
			return "-0"
		}
		return "+0"
	default:
		return "finite"
	}
}

func main() {
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Println(classify(posInf), classify(negInf), classify(nan), classify(2.5))

	// NaN never equals anything, not even itself.
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
	fmt.Println(posInf == posInf, posInf > 1e308, negInf < -1e308)

	// Infinity arithmetic.
	fmt.Println(posInf+1, posInf-posInf, posInf*0, negInf*-1, 1/posInf)
	fmt.Println(posInf+negInf, posInf*posInf, -posInf)

	// Negative zero.
	negZero := -zero
	fmt.Println(negZero, negZero == 0, classify(negZero), classify(zero))
	fmt.Println(1/negZero, 1/zero)
	var nz float64 = 0
	nz = nz * -1
	fmt.Println(nz, classify(nz))
	fmt.Printf("%v %f %.2f %e %g\n", negZero, negZero, negZero, negZero, negZero)

	// Overflow to infinity through arithmetic.
	big := 1e308
	fmt.Println(big*10, -big*10, big+big)

	// Underflow towards zero.
	tiny := 1e-308
	fmt.Println(tiny/1e10, tiny/1e100, tiny*tiny)

	// Formatting of the special values.
	fmt.Printf("%v %v %v\n", posInf, negInf, nan)
	fmt.Printf("%f %f %f\n", posInf, negInf, nan)
	fmt.Printf("%e %g %G\n", posInf, negInf, nan)
	fmt.Printf("[%8.2f] [%-8v] [%+v] [%+f]\n", posInf, negInf, nan, posInf)
	fmt.Printf("[%08.2f] [% f] [%+e]\n", negInf, posInf, nan)

	// float32 has its own infinities.
	var z32 float32
	fmt.Println(1/z32, -1/z32, z32/z32)
	var f32 float32 = 3e38
	fmt.Println(f32*10, f32*-10)

	// NaN in a slice: a search by == never finds it.
	vals := []float64{1, nan, 3}
	found := false
	for _, v := range vals {
		if v == nan {
			found = true
		}
	}
	fmt.Println(vals, found)
}
