package main

import (
	"fmt"
	"os"
)

var calls int

func g() (byte, int) { return 'A', 2 }

func f(a uint8, b int) int { return int(a) + b }

func h() (uint8, int) { return g() }

func r() (rune, string) { return 'x', "y" }

func idx() int {
	calls++
	return 0
}

func main() {
	fmt.Println(f(g()))
	a, b := h()
	fmt.Println(a, b)
	var c int32
	var d string
	c, d = r()
	fmt.Println(c, d)
	os.Args[idx()] += "!"
	os.Args[idx()] += os.Args[0][len(os.Args[0])-1:]
	fmt.Println(calls, os.Args[0][len(os.Args[0])-2:])
}
