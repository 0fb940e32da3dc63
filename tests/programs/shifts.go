package main

import "fmt"

func main() {
	var x int = 1
	for _, _ = 0, 0; x < 1000; x <<= 3 {
	}
	fmt.Println(x)
	var s uint = 70
	var one uint64 = 1
	fmt.Println(one<<s, one<<63, int64(-8)>>1, int64(-8)>>s)
	var i8 int8 = -128
	fmt.Println(i8>>7, i8>>100, i8<<1)
	var u8 uint8 = 255
	fmt.Println(u8>>4, u8<<4, u8>>8)
	var c int = 3
	fmt.Println(1<<c, 1024>>c)
}
