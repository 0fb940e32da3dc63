package main

import "fmt"

func main() {
	values := []float64{0, 1, -1, 0.5, 3.14159265, 100, 1234.5678, 1e6, 1e21, 1.5e-5, 123456789.125, -0.000123}
	for _, v := range values {
		fmt.Printf("v=%v g=%g e=%e E=%E f=%f G=%G\n", v, v, v, v, v, v)
	}

	fmt.Println("-- precision")
	x := 2.0 / 3
	fmt.Printf("%.0f %.1f %.2f %.3f %.10f\n", x, x, x, x, x)
	fmt.Printf("%.0e %.1e %.3e %.3E\n", x, x, x, x)
	fmt.Printf("%.1g %.2g %.3g %.10g %.20g\n", x, x, x, x, x)
	fmt.Printf("%.3g %.3g %.3g %.3g\n", 1234.5, 0.00012345, 1e10, 99.99)
	fmt.Printf("%.0f %.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, 3.5, -0.5)
	fmt.Printf("%.2f %.2f %.2f\n", 1.005, 1.015, 1.025)

	fmt.Println("-- float32")
	var f float32 = 1.1
	fmt.Printf("%v %g %e %f %.10f\n", f, f, f, f, f)
	fmt.Printf("%v %v\n", float32(16777216), float32(1e-7))

	fmt.Println("-- dynamic precision and width")
	for prec := 0; prec <= 4; prec++ {
		fmt.Printf("[%.*f] [%*.*f]\n", prec, 3.14159, 10, prec, 3.14159)
	}

	fmt.Println("-- Sprintf and Sprint")
	s := fmt.Sprintf("%6.2f|%-6.2f|%06.2f", 3.14159, 2.71828, -1.5)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(1.5, 2.5), fmt.Sprint("a", 1.5, 2.5, "b"))
	fmt.Println(fmt.Sprintln(0.1, float32(0.1)))

	fmt.Println("-- in composites")
	fmt.Printf("%v %.1f %6.2f\n", []float64{1, 2.5}, []float64{1, 2.25}, [2]float64{3, 4})
	fmt.Printf("%v %+v\n", struct{ X, Y float64 }{1.5, -2}, struct{ X, Y float64 }{1.5, -2})
	fmt.Printf("%#v\n", []float64{1, 2.5, 1e21})
	fmt.Printf("%#v %#v\n", 3.0, float32(0.25))

	fmt.Println("-- wrong verbs")
	fmt.Printf("%d %s %q\n", 1.5, 2.5, 3.5)
	fmt.Printf("%f %.2f\n", 7, "x")
	fmt.Printf("%T %T\n", 1.5, float32(1.5))
}
