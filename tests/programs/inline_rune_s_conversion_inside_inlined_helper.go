// probes: []rune(s) conversion inside inlined helper
package main

import "fmt"

func runes(s string) []rune {
	return []rune(s)
}

func main() {
	r := runes("héllo")
	fmt.Println(len(r), cap(r), string(r))
	r = append(r, 'x')
	fmt.Println(len(r), cap(r))
	r2 := runes("ab")
	r2[0] = 'z'
	fmt.Println(len(r2), cap(r2), string(r2))
}
