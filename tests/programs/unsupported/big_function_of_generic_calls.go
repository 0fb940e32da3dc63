// A function of over 5,000 of gc's IR nodes made of generic calls (each seven nodes for five
// tokens): gc inlines only cost 20 at most into it, so one's append gets a frame of its own;
// memrun, unsure the function is small, refuses.
package main

import (
	"fmt"
	"os"
)

func gid[X any](v X) X { return v }

func one(n int) []int {
	var r []int
	if n < 0 {
		n = -n * 3
	}
	r = append(r, n+len(os.Args)-1)
	return r
}

func main() {
	x := len(os.Args)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x); x += gid(x)
	fmt.Println(x)
	s := one(3)
	fmt.Println(len(s), cap(s))
	a := append(s, 10)
	b := append(s, 20)
	fmt.Println(a[1], b[1])
}
