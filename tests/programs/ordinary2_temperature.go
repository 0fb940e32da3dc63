package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c + 273.15) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func main() {
	fmt.Printf("%8s %8s %8s\n", "C", "F", "K")
	for c := Celsius(-40); c <= 100; c += 20 {
		fmt.Printf("%8.2f %8.2f %8.2f\n", float64(c), float64(c.ToF()), float64(c.ToK()))
	}
	for _, f := range []Fahrenheit{-40, 0, 32, 98.6, 212, 451} {
		fmt.Println(f, "=", f.ToC())
	}
	var body Celsius = 37
	fmt.Println(body, body.ToF(), body.ToK())
	fmt.Printf("%v %.3f %g %T\n", body.ToK(), float64(body.ToK()), float64(body.ToK()), body.ToK())
	temps := []Celsius{21.5, 19.0, 25.25, 17.75, 30.0}
	sum, lo, hi := Celsius(0), Celsius(math.Inf(1)), Celsius(math.Inf(-1))
	for _, t := range temps {
		sum += t
		lo = min(lo, t)
		hi = max(hi, t)
	}
	fmt.Println("avg", sum/Celsius(len(temps)), "lo", lo, "hi", hi)
	fmt.Println(temps)
}
