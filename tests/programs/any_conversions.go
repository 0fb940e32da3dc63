package main

import "fmt"

type Point struct{ X, Y int }

type ID int

func show(label string, v any) {
	fmt.Printf("%-8s %v (%T) nil=%t\n", label, v, v, v == nil)
}

func main() {
	// Explicit conversions to the empty interface.
	a := any(42)
	b := interface{}("text")
	c := any(Point{1, 2})
	d := any(ID(7))
	show("int", a)
	show("string", b)
	show("struct", c)
	show("defined", d)

	// Converting nil and typed nils.
	n := any(nil)
	var ip *int
	p := any(ip)
	var s []int
	sv := any(s)
	var m map[string]int
	mv := interface{}(m)
	show("nil", n)
	show("nil ptr", p)
	show("nil slice", sv)
	show("nil map", mv)
	fmt.Println(any(ip) == nil, ip == nil, any(nil) == nil)

	// Converting an interface to an interface keeps the dynamic value.
	again := any(a)
	fmt.Println(again, again == a)

	// Conversions in expressions and arguments.
	vals := []any{any(1), any("two"), interface{}(3), any(Point{}), any(nil)}
	fmt.Println(vals, len(vals))
	fmt.Println(any(5) == any(5), any(5) == any(ID(5)), any("a") == any("a"))
	fmt.Println(any(Point{1, 2}) == c, any(Point{2, 1}) == c)

	// Untyped constants take their default type.
	fmt.Printf("%T %T %T %T\n", any(1), any('x'), any("s"), any(true))
	fmt.Printf("%T %T\n", any(uint8(1)), any(int64(-1)))

	// A converted value is a copy.
	pt := Point{5, 5}
	boxed := any(pt)
	pt.X = 0
	fmt.Println(boxed, pt)

	arr := [3]int{1, 2, 3}
	ab := any(arr)
	arr[0] = 100
	fmt.Println(ab, arr)

	// Slices inside an interface share the backing array.
	sl := []int{1, 2}
	sb := any(sl)
	sl[0] = 99
	fmt.Println(sb)

	// Maps keyed by converted values.
	counts := map[any]int{}
	for _, v := range []int{1, 2, 1, 3, 1} {
		counts[any(v)]++
	}
	counts[any("1")] += 10
	fmt.Println(counts[1], counts[2], counts[any(3)], counts["1"], len(counts))
}
