package main

import "fmt"

const (
	Sunday = iota
	Monday
	Tuesday
)

const mask = 1<<8 - 1
const str = "len" + "gth"
const l = len(str)
const maxU64 = 1<<64 - 1

func main() {
	fmt.Println(Sunday, Monday, Tuesday, mask, l)
	var u uint64 = maxU64
	fmt.Println(u, maxU64/3)
	fmt.Println(5/2, 5%2, -5/2, 1<<10>>3)
	const c = 'x' - 'a'
	fmt.Println(c)
}
