// probes: helper returning []byte conversion, caller mutates it, aliasing with second call
package main

import "fmt"

func bytesOf(s string) []byte {
	return []byte(s)
}

func main() {
	a := bytesOf("abc")
	b := bytesOf("abc")
	a[0] = 'X'
	fmt.Println(string(a), string(b))
	c := append(a, 'd')
	d := append(a, 'e')
	fmt.Println(string(c), string(d))
}
