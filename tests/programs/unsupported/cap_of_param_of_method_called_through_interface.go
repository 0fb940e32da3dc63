package main

import "fmt"

type Lener interface{ L([]int) int }
type LL struct{}

func (LL) L(s []int) int { return cap(s) }

// gc devirtualizes l.L (the interface holds LL, statically known): t does not escape and its
// append takes a stack store (cap 4). memrun does not follow interface calls: refused.
func main() {
	var l Lener = LL{}
	var t []int
	t = append(t, 1)
	fmt.Println(l.L(t))
}
