package main

import "fmt"

func main() {
	m := map[string][]int{}
	for i := 0; i < 3; i++ {
		m["a"] = append(m["a"], i)
	}
	fmt.Println(len(m["a"]), cap(m["a"]))
	n := cap(m["a"]) + 1
	x := m["a"][1:n]
	fmt.Println(x)
}
