package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c + 273.15) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func main() {
	fmt.Printf("%8s %8s %8s\n", "C", "F", "K")
	for c := Celsius(-40); c <= 100; c += 20 {
		fmt.Printf("%8.2f %8.2f %8.2f\n", float64(c), float64(CToF(c)), float64(CToK(c)))
	}
	fmt.Println()
	for _, f := range []Fahrenheit{-459.67, 0, 32, 98.6, 212} {
		c := FToC(f)
		fmt.Println(f, "=", c, "=", CToK(c))
	}
	fmt.Printf("%v %g %e %f %.2f %8.3f|\n", CToK(36.6), float64(CToK(36.6)), float64(CToK(36.6)), float64(CToK(36.6)), float64(CToK(36.6)), float64(CToK(36.6)))
	var temps = []float64{0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e-7, 123456789.0, 1e21, 100}
	for _, t := range temps {
		fmt.Printf("%v|%g|%e|%f|%.2f|%8.3f|%G|%E\n", t, t, t, t, t, t, t, t)
	}
	fmt.Println(Kelvin(0), Kelvin(300.5), float32(0.1), float32(1)/3)
	fmt.Printf("%T %T %v\n", Celsius(1), CToF(1), []Celsius{1, 2.5})
}
