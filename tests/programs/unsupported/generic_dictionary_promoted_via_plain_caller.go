package main

import "fmt"

// The promoted-method lower bound carried into a non-generic caller: Outer calls N (whose
// lower bound is inflated by 20 embedded field selections) and memrun charges it.

type E0 struct{}

func (E0) Name() string { return fmt.Sprint(0) }

type E1 struct{ E0 }
type E2 struct{ E1 }
type E3 struct{ E2 }
type E4 struct{ E3 }
type E5 struct{ E4 }
type E6 struct{ E5 }
type E7 struct{ E6 }
type E8 struct{ E7 }
type E9 struct{ E8 }
type E10 struct{ E9 }
type E11 struct{ E10 }
type E12 struct{ E11 }
type E13 struct{ E12 }
type E14 struct{ E13 }
type E15 struct{ E14 }
type E16 struct{ E15 }
type E17 struct{ E16 }
type E18 struct{ E17 }
type E19 struct{ E18 }
type E20 struct{ E19 }

func N[T interface{ Name() string }](x T) bool {
	k := len(x.Name())
	k = k*3 + 1
	return k > 2
}

func Outer(x E20, n int) []int {
	N(x)
	var s []int
	s = append(s, n)
	return s
}

func main() {
	s := Outer(E20{}, 1)
	fmt.Println(len(s), cap(s))
}
