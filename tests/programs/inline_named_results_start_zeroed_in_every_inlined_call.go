// probes: named results start zeroed in every inlined call even when the body only sometimes assigns them
package main

import "fmt"

func maybe(v int) (out []int, hit bool) {
	if v%3 == 0 {
		out = append(out, v)
		hit = true
	}
	return
}

func main() {
	for v := 0; v < 5; v++ {
		o, h := maybe(v)
		fmt.Println(v, o, h)
	}
}
