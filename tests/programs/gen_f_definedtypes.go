package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Meters int
type Names []string

type Float interface{ ~float32 | ~float64 }

func Scale[T Float](x T, f float64) T {
	return x * T(f)
}

func Avg[T Float](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func Abs[T ~int | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func Clamp[T ~int | ~float64](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func Len[S ~[]E, E any](s S) int { return len(s) }

func main() {
	c := Scale(Celsius(10), 2.5)
	fmt.Printf("%T %v\n", c, c)
	a := Avg(Celsius(10), Celsius(20), Celsius(33))
	fmt.Printf("%T %.2f\n", a, a)
	fmt.Printf("%.1f\n", CToF(a))
	fmt.Printf("%T %v\n", Abs(Meters(-7)), Abs(Meters(-7)))
	fmt.Println(Abs(-2.5), Abs(3))
	fmt.Println(Clamp(Meters(150), 0, 100), Clamp(Celsius(-40), -10, 50))
	fmt.Println(Len(Names{"a", "b"}), Len([]int{1}))
	f := Avg[Fahrenheit](32, 212)
	fmt.Printf("%T %v\n", f, f)
	fmt.Printf("%T\n", Avg(float32(1), 2))
}
