// Temperature conversion table and unit types
package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", float64(f)) }

func main() {
	fmt.Printf("%8s %10s %10s\n", "Celsius", "Fahrenheit", "Kelvin")
	for c := Celsius(-40); c <= 100; c += 20 {
		fmt.Printf("%8.1f %10.1f %10.2f\n", c, CToF(c), CToK(c))
	}
	fmt.Println(BoilingC, CToF(BoilingC))
	fmt.Println(FToC(212), FToC(-40))
	fmt.Printf("%v %s %.3f\n", AbsoluteZeroC, FreezingC, float64(FToC(100)))
	temps := []Celsius{22.5, 19, 30.25}
	fmt.Println(temps)
	var max Celsius
	for _, t := range temps {
		if t > max {
			max = t
		}
	}
	fmt.Println("max:", max)
}
