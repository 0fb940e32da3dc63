package main

import "fmt"

func main() {
	var a []int
	a = append(a, 1)
	m := map[string][]int{"x": a}
	fmt.Println(cap(m["x"]), cap(a))
	v := m["x"]
	v = append(v, 2)
	v[0] = 50
	fmt.Println(m["x"][0], a[0], v[0])
}
