package main

import (
	"errors"
	"fmt"
	"os"
)

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Holder struct {
	Shape
	name string
}

func get() (Shape, error) { return Sq{3}, nil }

func pick(s Shape) Shape { return s }

func main() {
	s, err := get()
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	if s == nil {
		return
	}
	h := Holder{Sq{1}, "h"}
	fmt.Println(h.Area(), h.name, pick(s).Area())
	m := map[string]Shape{"a": Sq{2}}
	fmt.Println(m["a"].Area(), Shape(Sq{5}).Area())
	var e error = errors.New("x")
	fmt.Println(e.Error(), s)
	fn := Shape.Area
	fmt.Println(fn(s))
}
