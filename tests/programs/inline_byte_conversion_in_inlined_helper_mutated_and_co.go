// probes: []byte conversion in inlined helper, mutated and converted back; cap reported
package main

import "fmt"

func rot(s string) (string, int) {
	b := []byte(s)
	for i := range b {
		b[i]++
	}
	return string(b), cap(b)
}

func main() {
	a, c := rot("abc")
	fmt.Println(a, c)
	for i := 0; i < 2; i++ {
		x, y := rot("hello world")
		fmt.Println(x, y)
	}
}
