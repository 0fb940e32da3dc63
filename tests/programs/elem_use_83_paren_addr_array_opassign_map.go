package main

import (
	"fmt"
)

//go:noinline
func fill(m map[string][][4]int8, key string, n int) {
	var s [][4]int8
	for i := 0; i < n; i++ {
		s = append(s, [4]int8{1, 1, 1, 1})
		(&s[i])[i%4] += int8(i)
	}
	m[key] = s
}

func main() {
	m := map[string][][4]int8{}
	keys := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i"}
	for n, k := range keys {
		fill(m, k, n)
	}
	for n, k := range keys {
		fmt.Println(n, len(m[k]), cap(m[k]), m[k])
	}
}
