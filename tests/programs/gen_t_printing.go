package main

import (
	"errors"
	"fmt"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct {
	Item T
	ptr  *T
}

type Wrapper[T any] struct {
	Inner Pair[string, T]
	List  []T
}

type Num[T ~int | ~float64] struct{ V T }

type Celsius float64

type Named[T any] []T

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v\n%+v\n%T\n", p, p, p)
	fmt.Printf("%#v\n", p)
	b := Box[[]string]{Item: []string{"x", "y"}}
	fmt.Printf("%v\n%+v\n%T\n", b, b, b)
	w := Wrapper[float64]{Pair[string, float64]{"pi", 3.14}, []float64{1, 2}}
	fmt.Printf("%v\n%+v\n%T\n", w, w, w)
	fmt.Printf("%T\n", Pair[Celsius, map[string]Pair[int, bool]]{})
	fmt.Printf("%T\n", &Box[error]{})
	fmt.Printf("%T %v\n", Num[int]{5}, Num[float64]{2.5})
	fmt.Printf("%T %v\n", Named[Celsius]{1, 2}, Named[Celsius]{1, 2})
	fmt.Printf("%T\n", []Pair[string, []byte]{})
	fmt.Printf("%T\n", Box[struct{ A int }]{})
	fmt.Printf("%T\n", Box[any]{})
	fmt.Printf("%T\n", Box[interface{ M() }]{})
	fmt.Printf("%+v\n", Box[error]{Item: errors.New("boom")})
	fmt.Println(fmt.Sprint(Pair[int, *int]{1, nil}))
}
