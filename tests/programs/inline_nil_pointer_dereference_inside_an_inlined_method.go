// probes: nil pointer dereference inside an inlined method called through a nil embedded pointer
package main

import "fmt"

type In struct{ xs []int }

func (in *In) push(v int) int {
	in.xs = append(in.xs, v)
	return len(in.xs)
}

type Out struct{ *In }

func main() {
	o := Out{&In{}}
	fmt.Println(o.push(1))
	var p Out
	fmt.Println(p.push(2))
}
