package main

import (
	"fmt"
	"math"
)

type Loan struct {
	Principal float64
	Rate      float64
	Years     int
}

func (l Loan) Payment() float64 {
	r := l.Rate / 12
	n := float64(l.Years * 12)
	return l.Principal * r * math.Pow(1+r, n) / (math.Pow(1+r, n) - 1)
}

func main() {
	l := Loan{200000, 0.045, 30}
	pay := l.Payment()
	fmt.Printf("monthly payment: %.2f (%v)\n", pay, pay)
	bal := l.Principal
	fmt.Printf("%5s %12s %12s %14s\n", "month", "interest", "principal", "balance")
	for m := 1; m <= 6; m++ {
		interest := bal * l.Rate / 12
		princ := pay - interest
		bal -= princ
		fmt.Printf("%5d %12.2f %12.2f %14.2f\n", m, interest, princ, bal)
	}
	fmt.Println()
	vals := []float64{0, -0.0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e-5, 123456.789, 1e21, 1e20, 5e-324, math.MaxFloat64, 0.000001, 0.0000001}
	for _, v := range vals {
		fmt.Printf("%v|%g|%.3g|%e|%.2e|%f|%.1f|%8.3f|%-10.4f|%+.2f\n", v, v, v, v, v, v, v, v, v, v)
	}
	var f32s = []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-10}
	for _, v := range f32s {
		fmt.Println(v, float64(v))
		fmt.Printf("%v %g %.3f %e\n", v, v, v, v)
	}
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2))
	fmt.Println(1e100, 1e-100, 12345678.0, 123456789.0, 1234567890123.0, 0.0001234)
	fmt.Println([]float64{1, 2.5, 1e9}, map[string]float64{"pi": math.Pi, "e": math.E})
	type pt struct{ X, Y float64 }
	fmt.Printf("%v %+v %.1f\n", pt{1.5, -2}, pt{0.1, 1e30}, []float64{1.25, 2.35})
	x := 10.0
	for i := 0; i < 5; i++ {
		x = x/3 + 1
	}
	fmt.Println(x, math.Round(x*1000)/1000, int64(x*1e6))
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%x %X\n", 1.0, 255.5)
}
