// probes: []rune conversion in an inlined helper, cap observed inside the helper
package main

import "fmt"

func runeCap(s string) int {
	r := []rune(s)
	r[0] = 'X'
	return cap(r)*100 + len(r)
}

func main() {
	fmt.Println(runeCap("héllo"))
	fmt.Println(runeCap("a"))
	for _, w := range []string{"ab", "abcdefghijkl"} {
		fmt.Println(runeCap(w))
	}
}
