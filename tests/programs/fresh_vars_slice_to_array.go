package main

import "fmt"

type S struct {
	a int
	b string
}

func cnt(n *int, v bool) bool { *n++; return v }

func main() {
	// A fresh variable per execution of a declaration, even without a loop variable.
	var fs []func() int
	for i := 0; i < 3; i++ {
		var x int
		x = i * 10
		y := i + 1
		fs = append(fs, func() int { return x + y })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*int
	for i := 0; i < 3; i++ {
		v := i
		ps = append(ps, &v)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])

	// Slice to array conversions.
	s := []int{1, 2, 3, 4}
	a := [2]int(s)
	a[0] = 99
	fmt.Println(a, s)
	b := [4]int(s)
	fmt.Println(b, len(b))
	p := (*[3]int)(s)
	p[1] = 42
	fmt.Println(s)
	e := [0]int(s[:0])
	fmt.Println(e)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = [5]int(s)
	}()

	// Struct and array equality.
	n := 0
	fmt.Println(S{1, "x"} == S{1, "x"}, S{1, "x"} == S{2, "x"}, cnt(&n, true))
	fmt.Println([3]string{"a", "b"} == [3]string{"a", "b", ""}, [2]S{} != [2]S{{0, "z"}})

	// nil and zero floats.
	fmt.Println(nil)
	fmt.Println(nil, 1)
	var fz float64
	fmt.Println(fz == 0, 0.0 == fz, -fz)
	fmt.Printf("%v %T\n", nil, nil)

	// uint64 conversions of large floats.
	f := 1.5e19
	fmt.Println(uint64(f), uint64(float32(1e19)))
}
