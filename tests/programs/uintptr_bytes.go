package main

import "fmt"

func main() {
	var p uintptr = 0xFFFFFFFFFFFFFFFF
	p++
	fmt.Println(p)
	var b byte = 'a'
	b += 2
	fmt.Println(b, string(rune(b)))
	var total uint64
	s := "checksum"
	for i := 0; i < len(s); i++ {
		total = total*31 + uint64(s[i])
	}
	fmt.Println(total)
	fmt.Printf("%T %v\n", p, b)
}
