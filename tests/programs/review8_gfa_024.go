package main

import (
	"fmt"
	"os"
)

func c(k string, v bool) bool {
	fmt.Println("c", k)
	return v
}

const debug, on = false, true

var nargs = len(os.Args)

func run0() {
	x, y := nargs > 5, nargs > 0
	var s []int
	if !(y || debug) {
		fmt.Println("ret", len(s), cap(s))
		return
	} else {
		s = append(s, 10)
	}
	for i := 0; i < 3 && (nargs > 3); i++ {
		if y && on && c("95", true) {
			break
		}
	}
	fmt.Println("end", len(s), cap(s), x, y)
}

func run1() {
	x, y := nargs > 5, nargs > 0
	var s []int
	s = append(s, 10)
	s = append(s, 11)
	s = append(s, 12)
	fmt.Println("end", len(s), cap(s), x, y)
}

func run2() {
	x, y := nargs > 5, nargs > 0
	var s []int
	fmt.Println("cap", cap(s))
	fmt.Println("cap", cap(s))
	s = append(s, 10)
	fmt.Println("end", len(s), cap(s), x, y)
}

func main() {
	run0()
	run1()
	run2()
}
