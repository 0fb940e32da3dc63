package main

import "fmt"

type Meters float64
type Seconds float64
type MetersPerSecond float64

const (
	Gravity   MetersPerSecond = 9.80665 // per second, informally
	Marathon  Meters          = 42195
	HalfHour  Seconds         = 1800
	Epsilon   float64         = 1e-9
	SmallStep float32         = 0.25
)

const Ratio float64 = 22.0 / 7

func speed(d Meters, t Seconds) MetersPerSecond {
	return MetersPerSecond(float64(d) / float64(t))
}

func (m Meters) Kilometers() float64 { return float64(m) / 1000 }

func (v MetersPerSecond) KPH() float64 { return float64(v) * 3.6 }

func (s Seconds) Text() string {
	mins := int(s) / 60
	secs := float64(s) - float64(mins*60)
	return fmt.Sprintf("%dm%04.1fs", mins, secs)
}

func almostEqual(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d < Epsilon
}

func main() {
	fmt.Println(Gravity, Marathon, HalfHour, Epsilon, SmallStep)
	fmt.Printf("%T %T %T %T %T\n", Gravity, Marathon, HalfHour, Epsilon, SmallStep)
	fmt.Println(Ratio, Ratio-3.142857142857143)

	v := speed(Marathon, 7200)
	fmt.Println(v, v.KPH())
	fmt.Printf("%.3f km in %v at %.2f km/h\n", Marathon.Kilometers(), Seconds(7200), v.KPH())

	laps := []Seconds{62.5, 61.25, 63, 59.875}
	var total Seconds
	for _, l := range laps {
		total += l
	}
	fmt.Println(total, float64(total), total/Seconds(len(laps)))

	var step float32
	for i := 0; i < 5; i++ {
		step += SmallStep
	}
	fmt.Println(step, step == 1.25)

	fmt.Println(almostEqual(0.1+0.2, 0.3), almostEqual(1, 1.1))
	a, b := 0.1, 0.2
	fmt.Println(almostEqual(a+b, 0.3), a+b == 0.3)

	// Typed constant expressions keep the named type.
	const twice = Marathon * 2
	fmt.Printf("%v %T\n", twice, twice)
	const half = HalfHour / 2
	fmt.Println(half, float64(half))

	dist := Meters(100)
	dist *= 1.5
	dist += Marathon / 1000
	fmt.Println(dist)
}
