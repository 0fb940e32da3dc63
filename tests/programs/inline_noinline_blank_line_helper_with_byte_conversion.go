// probes: noinline (blank line) helper with []byte conversion, mutated; cap reported by the helper
package main

import "fmt"

//go:noinline

func upcap(s string) int {
	b := []byte(s)
	b[0] = 'X'
	return cap(b)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(upcap("abc"))
	}
}
