// probes: if with init statements calling inlined helpers, in an else-if chain
package main

import "fmt"

var seen []int

func probe(v int) int {
	s := append([]int(nil), v)
	seen = append(seen, v)
	return s[0] - 2
}

func main() {
	for i := 0; i < 4; i++ {
		if a := probe(i); a > 0 {
			fmt.Println("pos", a)
		} else if b := probe(i + 10); b > 9 && a < 0 {
			fmt.Println("neg", a, b)
		} else {
			fmt.Println("zero", a, b)
		}
	}
	fmt.Println(seen)
}
