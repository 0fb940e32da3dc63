// probes: []byte(s) conversion inside inlined helper, mutated in helper
package main

import "fmt"

func upper(s string) []byte {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return b
}

func main() {
	b := upper("hello")
	fmt.Println(len(b), cap(b), string(b))
	b = append(b, '!')
	fmt.Println(len(b), cap(b), string(b))
}
