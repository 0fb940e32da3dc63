package main

import "fmt"

type S struct{ a any }

var n int

func f() int { n++; return 2 }

func main() {
	defer func() { fmt.Println(recover(), n) }()
	s := S{[]int{1}}
	s2 := S{2}
	m := map[S]int{s: 1, s2: f()}
	fmt.Println(len(m))
}
