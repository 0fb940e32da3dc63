package main

import "fmt"

type List[T any] = []T

type Set[K comparable] = map[K]bool

type Num interface {
	~int | ~float64
	String() string
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func Describe[T Num](xs []T) string {
	var total T
	for _, x := range xs {
		total += x
	}
	return total.String()
}

func main() {
	var l List[int] = []int{1, 2}
	s := Set[string]{"a": true}
	fmt.Printf("%T %v %T %v\n", l, l, s, s)
	fmt.Println(Describe([]MyInt{1, 2, 3}))
}
