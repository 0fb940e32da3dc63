package main

import "fmt"

func main() {
	x := 5
	m := map[string]int{"a": 1}
	fmt.Println(x(2))
	fmt.Println(m("a"))
}
