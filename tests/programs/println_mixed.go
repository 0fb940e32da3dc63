package main

import "fmt"

func main() {
	fmt.Println(1, "two", true, false, -3, 'x', "")
	fmt.Println()
	fmt.Println("a", "b")
	var b byte = 200
	var r rune = 'é'
	fmt.Println(b, r, int8(-5), uint16(65535), int64(-9223372036854775808), uint64(18446744073709551615))
}
