package main

import "fmt"

// Untyped float constants are exact: arithmetic on them is done with
// arbitrary precision and only rounded when a value is needed.
const third = 1.0 / 3
const two = third * 6
const pi = 3.14159265358979323846264338327950288419716939937510582097494459
const tau = 2 * pi
const huge = 1e300 * 1e300 / 1e300 // intermediate beyond float64, fine for constants
const tiny = 1e-320 * 1e20
const quarter = 1 / 4.0
const mixed = 7 / 2   // integer constant division
const mixedF = 7 / 2. // float constant division

const (
	kilo = 1e3
	mega = kilo * kilo
	giga = mega * kilo
)

// An untyped float constant with an integral value can become an int.
const whole = 2.5 * 4

func main() {
	fmt.Println(third, two, two == 2)
	fmt.Println(third*3 == 1, third+third+third)
	fmt.Println(pi, tau, pi/2)
	fmt.Println(huge, tiny)
	fmt.Println(quarter, mixed, mixedF)
	fmt.Println(kilo, mega, giga)

	var n int = whole
	fmt.Println(n, whole)
	arr := [whole]int{}
	fmt.Println(len(arr))

	// At run time the variable third loses the exactness.
	t := third
	fmt.Println(t*3 == 1, t+t+t == 1)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	const exactSum = 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1
	fmt.Println(sum, sum == 1, exactSum, exactSum == 1)

	// Constant comparisons are exact too.
	const a = 0.1
	const b = 0.2
	fmt.Println(a+b == 0.3)
	x, y := a, b
	fmt.Println(x+y == 0.3)

	// Constants take the type of their context.
	var f32 float32 = third
	var f64 float64 = third
	fmt.Println(f32, f64, float64(f32) == f64)
	fmt.Printf("%T %T %T %T\n", third, f32, mixed, mixedF)

	// Float constants in integer contexts when exact.
	var i64 int64 = 1e18
	var u8 uint8 = 2.55e2
	fmt.Println(i64, u8)
	shifted := 1 << 10.0
	fmt.Println(shifted)

	// Scientific and hex float literals.
	fmt.Println(1e-3, 6.02214076e23, 0x1p-2, 0x1.8p1, 1_000.5, .5, 5.)
	const c = 299_792_458.0
	fmt.Println(c, c/kilo, c*c)

	// Rune and integer constants mix with floats.
	const r = 'A' * 0.5
	fmt.Println(r)
	fmt.Println(10/4*1.0, 10/4.0, 1.0*10/4)
}
