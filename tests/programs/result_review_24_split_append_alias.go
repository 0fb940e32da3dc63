package main

import (
	"fmt"
	"strings"
)

func main() {
	p := strings.SplitN("a,b", ",", 5)
	fmt.Println(len(p), cap(p))
	q := append(p, "c")
	r := append(p, "d")
	fmt.Println(q[2], r[2], len(q), len(r))
	full := p[:cap(p)]
	fmt.Printf("%q\n", full)
	s := strings.Split("x,y", ",")
	t := append(s, "z")
	u := append(s, "w")
	fmt.Println(t[2], u[2])
}
