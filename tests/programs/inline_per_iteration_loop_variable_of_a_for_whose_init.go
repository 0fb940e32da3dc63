// probes: per-iteration loop variable of a for whose init clause calls an inlined helper, captured by closures
package main

import "fmt"

func start(v int) int {
	s := append([]int(nil), v)
	return s[0]
}

func main() {
	var fs []func() int
	for i := start(1); i < 4; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
