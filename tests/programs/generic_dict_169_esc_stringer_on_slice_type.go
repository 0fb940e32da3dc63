package main

import (
	"fmt"
	"strconv"
)

type Ints []int

func (s Ints) String() string { return strconv.Itoa(len(s)) }

//go:noinline
func Show[T interface {
	~[]int
	fmt.Stringer
}](n int) (string, int) {
	var x T
	x = append(x, n, n)
	return x.String(), cap(x)
}

func main() {
	fmt.Println(Show[Ints](3))
}
