package main

import "fmt"

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// sqrt uses Newton's method, returning the result and the number of steps.
func sqrt(x float64) (float64, int) {
	if x == 0 {
		return 0, 0
	}
	z := x / 2
	if z < 1 {
		z = 1
	}
	steps := 0
	for {
		next := z - (z*z-x)/(2*z)
		steps++
		if abs(next-z) < 1e-12*z || steps >= 100 {
			return next, steps
		}
		z = next
	}
}

func cbrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 60; i++ {
		z -= (z*z*z - x) / (3 * z * z)
	}
	return z
}

// solve finds a root of f between lo and hi by bisection.
func solve(f func(float64) float64, lo, hi float64) float64 {
	for i := 0; i < 80; i++ {
		mid := (lo + hi) / 2
		if (f(lo) < 0) == (f(mid) < 0) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}

func main() {
	for _, x := range []float64{2, 9, 10, 0.25, 1e6, 123.456, 0} {
		r, steps := sqrt(x)
		fmt.Printf("sqrt(%v) = %.12f in %d steps (check %.6g)\n", x, r, steps, r*r)
	}
	fmt.Println(cbrt(27), cbrt(2))
	fmt.Printf("%.10f\n", cbrt(1000))

	golden := solve(func(x float64) float64 { return x*x - x - 1 }, 1, 2)
	fmt.Printf("golden ratio %.12f\n", golden)
	root := solve(func(x float64) float64 { return x*x*x - 2*x - 5 }, 2, 3)
	fmt.Printf("x^3-2x-5 root %.12f\n", root)

	// Pi from the Leibniz series and from Nilakantha's series.
	leibniz := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		leibniz += sign / float64(2*k+1)
		sign = -sign
	}
	fmt.Printf("leibniz %.8f\n", 4*leibniz)
	nila := 3.0
	sign = 1
	for n := 2.0; n < 2000; n += 2 {
		nila += sign * 4 / (n * (n + 1) * (n + 2))
		sign = -sign
	}
	fmt.Printf("nilakantha %.12f\n", nila)

	// e from its series.
	e, term := 1.0, 1.0
	for n := 1; n < 20; n++ {
		term /= float64(n)
		e += term
	}
	fmt.Println("e =", e)
}
