// probes: []byte(str) conversion in an inlined helper, result capacity observed in main (32-byte buffer)
package main

import "fmt"

func bytesOf(s string) []byte {
	return []byte(s)
}

func main() {
	x := "hello"
	b := bytesOf(x)
	fmt.Println(len(b), cap(b))
	b[0] = 'H'
	fmt.Println(string(b), x)
}
