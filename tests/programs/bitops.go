package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0xF0
	fmt.Println(u&0x3C, u|0x0F, u^0xFF, ^u)
	fmt.Printf("%08b %08b\n", a, b)
	x := 0x7FFF_FFFF
	fmt.Println(x, 0o17, 017, 0x_FF, 1_000_000)
}
