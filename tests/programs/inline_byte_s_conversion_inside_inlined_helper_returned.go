// probes: []byte(s) conversion inside inlined helper, returned and not mutated
package main

import "fmt"

func toB(s string) []byte {
	return []byte(s)
}

func main() {
	b := toB("hello")
	fmt.Println(len(b), cap(b), string(b))
	c := toB("a much longer string that is over thirty two bytes")
	fmt.Println(len(c), cap(c))
}
