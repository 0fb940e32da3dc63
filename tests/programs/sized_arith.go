package main

import "fmt"

func main() {
	var a int16 = 300
	var b int16 = 200
	fmt.Println(a*b, a+b, a-b*3)
	var c uint32 = 70000
	fmt.Println(c*c, c*c/c)
	var d int32 = -2147483648
	fmt.Println(d-1, -d, d/-1)
	var e uint16 = 1
	fmt.Println(e-2, e<<15, e<<16)
}
