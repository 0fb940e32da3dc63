package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int16 = -32768
	b--
	fmt.Println(b)
	var c int32 = 2147483647
	c += 10
	fmt.Println(c)
	var d int64 = 9223372036854775807
	d++
	fmt.Println(d)
	var e int = -9223372036854775808
	e = -e
	fmt.Println(e)
	var m int8 = 100
	m *= 3
	fmt.Println(m)
}
