// probes: byte element: 32-byte store holds 32 bytes
package main

import "fmt"

func bs(n int) []byte {
	var s []byte
	for i := 0; i < n; i++ {
		s = append(s, byte('a'+i))
	}
	return s
}

func main() {
	a := bs(1)
	fmt.Println(len(a), cap(a), string(a))
	b := bs(10)
	fmt.Println(len(b), cap(b), string(b))
	c := bs(33)
	fmt.Println(len(c), cap(c))
}
