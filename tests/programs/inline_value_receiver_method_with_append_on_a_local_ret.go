// probes: value-receiver method with append on a local, returns result
package main

import "fmt"

type Gen struct{ n int }

func (g Gen) Make() []int {
	var s []int
	for i := 0; i < g.n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	a := Gen{2}.Make()
	fmt.Println(len(a), cap(a))
	b := Gen{1}.Make()
	fmt.Println(len(b), cap(b))
	b = append(b, 5)
	fmt.Println(len(b), cap(b))
}
