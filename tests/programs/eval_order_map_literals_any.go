package main

import "fmt"

var n int

func f() int { n = 5; return 0 }

func main() {
	m := map[string]any{"a": n < 1, "b": f()}
	fmt.Println(m)
	n = 0
	m2 := map[string]bool{"a": n < 1, "b": f() == 0}
	fmt.Println(m2)
	n = 0
	m3 := map[string]any{"a": n, "b": f()}
	fmt.Println(m3)
	n = 0
	m4 := map[string]int{"a": n, "b": f()}
	fmt.Println(m4)
}
