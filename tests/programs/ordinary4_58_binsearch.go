package main

import "fmt"

func binarySearch(a []int, target int) (int, int) {
	lo, hi := 0, len(a)-1
	steps := 0
	for lo <= hi {
		steps++
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == target:
			return mid, steps
		case a[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1, steps
}

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func sqrtInt(n int) int {
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func bisect(f func(float64) float64, a, b float64) (float64, int) {
	i := 0
	for ; i < 100 && b-a > 1e-12; i++ {
		m := (a + b) / 2
		if f(a)*f(m) <= 0 {
			b = m
		} else {
			a = m
		}
	}
	return (a + b) / 2, i
}

func main() {
	a := make([]int, 0, 50)
	for i := 0; i < 50; i++ {
		a = append(a, i*3)
	}
	for _, t := range []int{0, 3, 75, 147, 148, -1, 1000} {
		i, s := binarySearch(a, t)
		fmt.Printf("search %4d -> idx %3d in %d steps\n", t, i, s)
	}
	dups := []int{1, 2, 2, 2, 5, 7, 7, 9}
	for _, x := range []int{0, 2, 3, 7, 10} {
		fmt.Print(lowerBound(dups, x), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 15, 16, 17, 1000000, 999999999} {
		fmt.Print(sqrtInt(n), " ")
	}
	fmt.Println()
	root, iters := bisect(func(x float64) float64 { return x*x - 2 }, 0, 2)
	fmt.Printf("sqrt2 ~ %.10f (%d iters) %v\n", root, iters, root)
	cube, _ := bisect(func(x float64) float64 { return x*x*x - x - 1 }, 1, 2)
	fmt.Printf("%.6f %e %g\n", cube, cube, cube)
}
