package main

import "fmt"

type Acc struct{ n int }

func (a *Acc) Take(s []int) { a.n += len(s) }

type Taker[E any] interface {
	*E
	Take([]int)
}

//go:noinline
func Run[E any, P Taker[E]](n int) (E, int) {
	var e E
	var s []int
	s = append(s, n)
	P(&e).Take(s)
	return e, cap(s)
}

func main() {
	e, c := Run[Acc](4)
	fmt.Println(e.n, c)
}
