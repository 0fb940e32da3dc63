// probes: m[k] = append(m[k], inl()) where the helper also writes the map
package main

import "fmt"

func val(m map[string][]int, v int) int {
	s := append([]int(nil), v)
	m["other"] = s
	return s[0] * 10
}

func main() {
	m := map[string][]int{}
	m["a"] = append(m["a"], val(m, 1))
	m["a"] = append(m["a"], val(m, 2))
	m["other"] = append(m["other"], val(m, 3))
	fmt.Println(m["a"], m["other"], len(m))
}
