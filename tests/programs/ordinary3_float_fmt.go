package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 123456789.0, 1e-4, 1e-5, 0.000123, math.Pi, math.E, -0.0, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Printf("%v | %g | %.2f | %e | %.3g | %8.3f|\n", v, v, v, v, v, v)
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -math.Copysign(0, -1))
	fmt.Printf("%5.1f|%-8.2f|%+.1f|%08.3f\n", 3.14159, 2.5, 7.0, -1.5)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, float32(1)/3)
	fmt.Printf("%v %g %.10f\n", f32, f32, f32)
	fmt.Println(strconv.FormatFloat(1.0/7, 'f', 4, 64), strconv.FormatFloat(1.0/7, 'g', -1, 32), strconv.FormatFloat(255, 'e', 3, 64))
	for _, s := range []string{"3.25", "1e3", "-0.5", "abc", "1_000.5", "inf", "0x1p4"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Println(math.Max(3, 7), math.Min(-1, 2), math.Abs(-4.25), math.Mod(7.5, 2))
	pos, neg := 2.99, -2.99
	fmt.Println(int(pos), int(neg), int64(1e15), float64(7)/2, 7/2)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1) < 1e-9)
	x := []float64{1.5, 2.25, 3}
	fmt.Println(x, fmt.Sprintf("%.1f", x), fmt.Sprint(x[0], x[1]))
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%T %T\n", 1.5, f32)
}
