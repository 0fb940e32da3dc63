package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

const two = 2

func main() {
	var x any
	x = Box[[1 + 1]int]{}
	_, ok0 := x.(Box[[2]int])
	x = Box[[two]int]{}
	_, ok1 := x.(Box[[2]int])
	x = Box[[len("ab")]int]{}
	_, ok2 := x.(Box[[2]int])
	x = Box[*(int)]{}
	_, ok3 := x.(Box[*int])
	x = Box[struct{ A, B int }]{}
	_, ok4 := x.(Box[struct {
		A int
		B int
	}])
	x = Box[interface{ M(x int) }]{}
	_, ok5 := x.(Box[interface{ M(int) }])
	x = Box[[]byte]{}
	_, ok6 := x.(Box[[]uint8])
	x = Box[map[(string)]int]{}
	_, ok7 := x.(Box[map[string]int])
	x = Box[[0x10]bool]{}
	_, ok8 := x.(Box[[16]bool])
	x = Box[func(a, b int) (c error)]{}
	_, ok9 := x.(Box[func(int, int) error])
	x = Box[chan (<-chan int)]{}
	_, ok10 := x.(Box[chan<- chan int])
	fmt.Println(ok0, ok1, ok2, ok3, ok4, ok5, ok6, ok7, ok8, ok9, ok10)
}
