// probes: inlined calls in map index expressions, as key of a read and of a write, with logging order
package main

import "fmt"

var log []string

func key(s string) string {
	b := []byte(s)
	log = append(log, "k"+s)
	return string(b[:1])
}

func val(v int) int {
	x := append([]int(nil), v)
	log = append(log, fmt.Sprint("v", v))
	return x[0]
}

func main() {
	m := map[string]int{}
	m[key("ab")] = val(1)
	m[key("cd")] += val(2)
	y := m[key("a")] + val(3)
	fmt.Println(m, y, log)
}
