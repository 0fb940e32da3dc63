package main

import "fmt"

func main() {
	var a uint8 = 0
	a--
	fmt.Println(a)
	var b uint16 = 65535
	b += 2
	fmt.Println(b)
	var c uint32 = 0
	c -= 1
	fmt.Println(c)
	var d uint64 = 0
	d--
	fmt.Println(d)
	var e uint = 1 << 63
	e *= 2
	fmt.Println(e)
	var f byte = 250
	f += 10
	fmt.Println(f)
	fmt.Println(^uint8(0), ^uint32(5), ^0, ^-1)
}
