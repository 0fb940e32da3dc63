package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const AbsoluteZeroC Celsius = -273.15

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }

func (c Celsius) Text() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) Text() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func describe(c Celsius) string {
	switch {
	case c <= 0:
		return "freezing"
	case c < 15:
		return "cold"
	case c < 25:
		return "mild"
	case c < 35:
		return "warm"
	default:
		return "hot"
	}
}

func main() {
	fmt.Printf("%8s %8s %8s  %s\n", "C", "F", "K", "feel")
	for c := Celsius(-20); c <= 40; c += 7.5 {
		f := CToF(c)
		k := CToK(c)
		fmt.Printf("%8.2f %8.2f %8.2f  %s\n", float64(c), float64(f), float64(k), describe(c))
	}

	fmt.Println()
	fmt.Printf("%6s | %7s\n", "F", "C")
	for f := Fahrenheit(0); f <= 212; f += 26.5 {
		fmt.Printf("%6.1f | %7.3f\n", float64(f), float64(FToC(f)))
	}

	fmt.Println()
	fmt.Println(CToF(100), FToC(-40), CToF(-40), AbsoluteZeroC)
	fmt.Println(CToK(AbsoluteZeroC), CToK(0), CToK(36.6))

	// Round trip: the conversions are exact for these values.
	for _, c := range []Celsius{0, 37, 100, -17.5, 21.3} {
		back := FToC(CToF(c))
		fmt.Println(c, CToF(c), back, back == c)
	}

	// Weekly averages.
	week := []Celsius{18.2, 21.7, 19.9, 24.4, 26.1, 22.8, 17.3}
	var sum Celsius
	hottest := week[0]
	for _, t := range week {
		sum += t
		if t > hottest {
			hottest = t
		}
	}
	avg := sum / Celsius(len(week))
	fmt.Println("average", avg, "=", CToF(avg), "hottest", hottest)
	fmt.Printf("%v %.3f %s\n", avg, float64(avg), describe(avg))
}
