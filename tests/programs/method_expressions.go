package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Len2() int        { return v.X*v.X + v.Y*v.Y }
func (v Vec) Scale(k int) Vec  { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Reset()          { v.X, v.Y = 0, 0 }
func (v *Vec) AddTo(o Vec) Vec { v.X += o.X; v.Y += o.Y; return *v }

type Name string

func (n Name) Greet(greeting string) string { return greeting + ", " + string(n) }

func applyAll(vs []Vec, f func(Vec) int) []int {
	var out []int
	for _, v := range vs {
		out = append(out, f(v))
	}
	return out
}

func main() {
	// T.M takes the receiver as the first argument.
	len2 := Vec.Len2
	scale := Vec.Scale
	v := Vec{3, 4}
	fmt.Println(len2(v), scale(v, 3))
	fmt.Printf("%T\n", len2)
	fmt.Printf("%T\n", scale)

	// (*T).M for pointer methods.
	reset := (*Vec).Reset
	addTo := (*Vec).AddTo
	w := Vec{1, 1}
	res := addTo(&w, Vec{2, 3})
	fmt.Println(res, w)
	reset(&w)
	fmt.Println(w)
	fmt.Printf("%T\n", addTo)

	// (*T).M for a value method also works.
	ptrLen := (*Vec).Len2
	fmt.Println(ptrLen(&Vec{6, 8}))

	vs := []Vec{{1, 0}, {1, 1}, {2, 2}, {0, 5}}
	fmt.Println(applyAll(vs, Vec.Len2))

	greet := Name.Greet
	for _, n := range []Name{"Ann", "Bob"} {
		fmt.Println(greet(n, "Hello"))
	}

	// Method expressions in a table.
	ops := map[string]func(Vec, int) Vec{
		"scale": Vec.Scale,
		"shift": func(v Vec, k int) Vec { return Vec{v.X + k, v.Y + k} },
	}
	fmt.Println(ops["scale"](Vec{1, 2}, 5), ops["shift"](Vec{1, 2}, 5))

	// Method expression compared with a method value's behaviour.
	u := Vec{2, 0}
	bound := u.Scale
	u.X = 9
	fmt.Println(bound(2), Vec.Scale(u, 2))

	// Using a method expression through a chain.
	chain := []func(*Vec, Vec) Vec{(*Vec).AddTo, (*Vec).AddTo}
	acc := Vec{}
	for i, f := range chain {
		f(&acc, Vec{i + 1, (i + 1) * 10})
	}
	fmt.Println(acc)
}
