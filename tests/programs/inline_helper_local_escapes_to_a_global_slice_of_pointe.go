// probes: helper local escapes to a global slice of pointers; each call must store a distinct variable
package main

import "fmt"

var keep []*[]int

func rec(v int) int {
	s := append([]int(nil), v)
	keep = append(keep, &s)
	return len(keep)
}

func main() {
	for i := 0; i < 3; i++ {
		rec(i * 7)
	}
	for _, p := range keep {
		fmt.Print((*p)[0], " ")
	}
	fmt.Println()
}
