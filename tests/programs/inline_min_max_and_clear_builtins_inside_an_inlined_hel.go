// probes: min, max and clear builtins inside an inlined helper working on an appended slice
package main

import "fmt"

func mm(a, b, c int) []int {
	s := append([]int(nil), min(a, b, c), max(a, b, c))
	t := s
	clear(t[:1])
	return s
}

func main() {
	fmt.Println(mm(3, 1, 2), mm(-1, 5, 0))
}
