package main

import "fmt"

// Minimal: a type parameter's method promoted through 12 embedded fields. memrun's lower
// bound counts the instance's field selections (x.E11.E10...E0.Name()), gc's shape calls
// the method through the dictionary on x itself: gc inlines N (cost 78), memrun's lower
// bound is 81.

type E0 struct{}

func (E0) Name() string { return fmt.Sprint(1) }

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

func N[T interface{ Name() string }](x T, n int) []int {
	var s []int
	if x.Name() != "" {
		s = append(s, n)
	}
	return s
}

func main() {
	s := N(E12{}, 3)
	fmt.Println(len(s), cap(s))
}
