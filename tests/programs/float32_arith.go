package main

import "fmt"

type Vec3 struct{ X, Y, Z float32 }

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Scale(s float32) Vec3 { return Vec3{a.X * s, a.Y * s, a.Z * s} }
func (a Vec3) Dot(b Vec3) float32   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec3) Cross(b Vec3) Vec3 {
	return Vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b)
	fmt.Println(a+b == 0.3, float64(a)+float64(b))

	// Accumulating in float32 drifts faster than in float64.
	var s32 float32
	var s64 float64
	for i := 0; i < 1000; i++ {
		s32 += 0.01
		s64 += 0.01
	}
	fmt.Println(s32, s64)

	// Large float32 values lose integer precision.
	var big float32 = 16777216
	fmt.Println(big, big+1, big+2, big+1 == big)

	var third float32 = 1.0 / 3
	fmt.Println(third, third*3, float64(third))
	fmt.Printf("%.10f %v %g %e\n", third, third, third, third)

	u := Vec3{1, 0, 0}
	v := Vec3{0, 1, 0}
	w := Vec3{0.5, 0.25, 2}
	fmt.Println(u.Add(v), u.Cross(v), w.Scale(3), w.Dot(w))
	fmt.Printf("%v %+v\n", w, w)

	// Each float32 operation rounds to float32.
	x := float32(1e8)
	y := float32(1)
	fmt.Println(x+y-x, float64(x)+float64(y)-float64(x))

	vals := []float32{1.5, 2.25, -3.125, 1e10, 1e-10}
	var prod float32 = 1
	for _, val := range vals {
		prod *= val
	}
	fmt.Println(vals, prod)

	m := map[string]float32{"pi": 3.14159265358979, "e": 2.718281828459045}
	fmt.Println(m["pi"], m["e"], m)

	var c float32 = 100
	c /= 3
	c -= 0.5
	c *= 2
	fmt.Println(c)
	fmt.Println(float32(1)/3 == float32(1.0/3))
}
