package main

import "fmt"

type Src int

func (s Src) Items() []int { return []int{int(s)} }

type Sink struct{ got int }

func (k *Sink) Take(xs []int) { k.got += len(xs) }

//go:noinline
func Move[S interface{ Items() []int }, K interface{ Take([]int) }](s S, k K) int {
	var buf []int
	buf = append(buf, s.Items()...)
	k.Take(buf)
	return cap(buf)
}

func main() {
	k := &Sink{}
	fmt.Println(Move(Src(4), k), k.got)
}
