package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func total(xs []Shape) float64 {
	t := 0.0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func main() {
	var s Shape = Sq{2}
	fmt.Println(s.Area(), total([]Shape{Sq{1}, s}))
	var err error
	if err != nil {
		fmt.Println(err)
	}
	v, ok := s.(Sq)
	fmt.Println(v, ok)
}
