// probes: os.Exit inside an inlined helper: deferred calls of the caller must not run; exit code 7
package main

import (
	"fmt"
	"os"
)

func quit(code int) []int {
	s := append([]int(nil), code)
	if s[0] > 5 {
		os.Exit(s[0])
	}
	return s
}

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println(quit(3))
	fmt.Println(quit(7))
	fmt.Println("unreached")
}
