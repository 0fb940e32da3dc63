package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Employee struct {
	Dept   string
	Name   string
	Salary float64
	Age    int
}

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	inf := math.Inf(1)
	vals := []float64{1, nan, negz, 0, -inf, inf}
	for _, x := range vals {
		for _, y := range vals {
			fmt.Printf("%2d", cmp.Compare(x, y))
		}
		fmt.Println()
	}
	fmt.Println("Less(NaN,1):", cmp.Less(nan, 1.0), "Less(1,NaN):", cmp.Less(1.0, nan), "Less(NaN,NaN):", cmp.Less(nan, nan))
	fmt.Println("Less(-0,0):", cmp.Less(negz, 0.0), "Compare(-0,0):", cmp.Compare(negz, 0.0))
	fmt.Println("Less(-Inf,NaN):", cmp.Less(-inf, nan))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare("b", "a"), cmp.Compare("", ""), cmp.Less("Z", "a"))
	fmt.Println(cmp.Compare(uint8(200), uint8(10)), cmp.Compare(-3, 2))

	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "default"), cmp.Or[string](), cmp.Or(0.0, negz, 2.5))
	port := cmp.Or("", "", "8080")
	fmt.Println("port:", port)

	es := []Employee{
		{"eng", "zoe", 120, 30}, {"ops", "amy", 90, 41}, {"eng", "bob", 120, 25},
		{"eng", "al", 150, 35}, {"ops", "cy", 90, 29}, {"hr", "di", 70, 50},
	}
	slices.SortFunc(es, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			cmp.Compare(a.Name, b.Name),
		)
	})
	for _, e := range es {
		fmt.Printf("%-4s %-4s %6.1f %d\n", e.Dept, e.Name, e.Salary, e.Age)
	}

	type pair struct{ a, b float64 }
	ps := []pair{{nan, 1}, {1, nan}, {nan, nan}, {0, negz}}
	for _, p := range ps {
		fmt.Println(cmp.Compare(p.a, p.b), cmp.Less(p.a, p.b), p.a < p.b, p.a == p.b)
	}
	fmt.Println(cmp.Compare(float32(nan), float32(0)), cmp.Less(float32(-1), float32(nan)))
}
