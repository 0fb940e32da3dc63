package main

import "fmt"

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	fmt.Println(x)
	y := 0xFF
	y &= 0x0F
	y |= 0x30
	y ^= 0x01
	y <<= 2
	y >>= 1
	y &^= 0x10
	fmt.Println(y)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	i := 0
	i++
	i++
	i--
	fmt.Println(i)
}
