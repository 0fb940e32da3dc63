package main

import (
	"fmt"
	"strings"
)

func main() {
	inputs := []string{"", "a", "a,b", "a,,b,", ",", "héllo,wörld,ü"}
	for _, in := range inputs {
		p := strings.Split(in, ",")
		q := strings.SplitAfter(in, ",")
		fmt.Printf("%q %d %d %d %d\n", in, len(p), cap(p), len(q), cap(q))
	}
	for _, n := range []int{-1, 0, 1, 2, 3, 5, 100} {
		p := strings.SplitN("a,b,c", ",", n)
		q := strings.SplitAfterN("a,b,c", ",", n)
		fmt.Println(n, len(p), cap(p), len(q), cap(q))
	}
}
