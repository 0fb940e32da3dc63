package main

import "fmt"

type L []int

func (l L) Sum() int {
	t := 0
	for _, v := range l {
		t += v
	}
	return t
}

type Summer interface {
	~[]int
	Sum() int
}

//go:noinline
func F[T Summer](n int) int {
	var x T
	x = append(x, n)
	return x.Sum()*100 + cap(x)
}

func main() {
	fmt.Println(F[L](5))
}
