// probes: helper whose cap is only visible via a reslice to full capacity in the caller
package main

import "fmt"

func one(x byte) []byte {
	var s []byte
	s = append(s, x)
	return s
}

func main() {
	a := one('a')
	full := a[:cap(a)]
	fmt.Println(len(a), len(full))
	b := one('b')
	b = append(b, 'c')
	fmt.Println(string(b), cap(b))
}
