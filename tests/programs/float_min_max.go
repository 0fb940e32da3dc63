package main

import "fmt"

type Score float64

func extremes(xs []float64) (lo, hi float64) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func clamp(x, lo, hi float64) float64 {
	return max(lo, min(x, hi))
}

func main() {
	fmt.Println(min(1.5, 2.5), max(1.5, 2.5), min(3.0, -1.0, 2.0), max(0.1, 0.2, 0.15))
	lo, hi := extremes([]float64{3.2, -7.5, 12.25, 0, 4.75})
	fmt.Println(lo, hi, hi-lo)

	for _, x := range []float64{-5, 0, 0.5, 1, 2.75} {
		fmt.Print(clamp(x, 0, 1), " ")
	}
	fmt.Println()

	// Mixing untyped constants with a float variable.
	v := 2.5
	fmt.Println(min(v, 3), max(v, 3), min(v, 1), max(1, v, 2))

	// Constant min and max are evaluated at compile time.
	const c = min(1.5, 0.5, 2)
	const d = max(1, 2.5, 2)
	fmt.Println(c, d)
	fmt.Printf("%T %T\n", min(1, 2.0), max(1, 2))

	// Infinities take part normally.
	zero := 0.0
	inf := 1 / zero
	fmt.Println(min(inf, 5), max(-inf, -5), max(inf, 1e308), min(-inf, -1e308))

	// If any argument is a NaN the result is a NaN.
	nan := zero / zero
	fmt.Println(min(nan, 1), max(1, nan), min(1, 2, nan), max(nan, inf))

	// Negative zero is less than positive zero for min and max.
	negz := -zero
	fmt.Println(1/min(zero, negz), 1/max(negz, zero), 1/min(negz, zero), 1/max(zero, negz))

	// float32 and named float types.
	var a, b float32 = 0.1, 0.3
	fmt.Println(min(a, b), max(a, b))
	scores := []Score{88.5, 92.25, 79, 95.5}
	best, worst := scores[0], scores[0]
	for _, s := range scores {
		best = max(best, s)
		worst = min(worst, s)
	}
	fmt.Printf("best %v worst %v (%T)\n", best, worst, best)
	fmt.Println(max(scores[0], 90))
}
