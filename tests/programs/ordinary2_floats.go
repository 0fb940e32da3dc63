package main

import (
	"fmt"
	"math"
	"strconv"
)

func f64(v float64) float64 { return v }

func main() {
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, math.Abs(x-0.3) < 1e-9)
	fmt.Printf("%v %g %e %f %.2f %8.3f| %-8.3f| %+.1f\n", x, x, x, x, x, x, x, x)
	vals := []float64{0, 1, 1.5, -2.25, 100, 1e6, 1e21, 1e-7, 123456789.0, 3.0 / 7, math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Printf("%v | %g | %e | %.3f | %G | %s\n", v, v, v, v, v, strconv.FormatFloat(v, 'f', -1, 64))
	}
	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(nan, inf, -inf, nan == nan, inf > math.MaxFloat64)
	fmt.Printf("%f %5.1f %e %v\n", nan, inf, -inf, math.IsNaN(nan))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Printf("%T %T\n", f32, x)
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Pow(2, 10), math.Mod(7.5, 2), math.Hypot(3, 4), math.Max(3, nan))
	fmt.Println(7/2, 7.0/2, float64(7)/2, int(f64(3.99)), int(f64(-3.99)))
	var z float64
	fmt.Println(1/z, -1/z, z/z)
	fmt.Println(math.Log(math.E), math.Log10(1000), math.Log2(8))
	s := strconv.FormatFloat(1234.5678, 'e', 3, 64)
	fmt.Println(s, strconv.FormatFloat(1234.5678, 'g', 5, 64))
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	fmt.Println(float32(1)/3, 2.0/3)
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("[%10.4e] [%-12g] [%012.3f]\n", 12345.678, 0.000012, -3.14159)
}
