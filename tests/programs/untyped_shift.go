package main

import "fmt"

func main() {
	s := 40
	var a int64 = 1 << s
	var b uint8 = 1 << 3
	var c uint64 = 1<<s + 1
	var u uint32 = 7
	d := u & (1<<s - 1)
	e := 1 << s
	var f int8 = 1 << (s - 35)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%T %T\n", d, e)
}
