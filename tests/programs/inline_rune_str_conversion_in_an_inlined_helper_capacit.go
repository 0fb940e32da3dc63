// probes: []rune(str) conversion in an inlined helper, capacity observed in main
package main

import "fmt"

func runesOf(s string) []rune {
	return []rune(s)
}

func main() {
	x := "héllo"
	r := runesOf(x)
	fmt.Println(len(r), cap(r))
	r2 := append(r, '!')
	r3 := append(r, '?')
	fmt.Println(string(r2), string(r3))
}
