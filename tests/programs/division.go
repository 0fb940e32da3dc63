package main

import "fmt"

func div(a, b int) (int, int) { return a / b, a % b }

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(-7, 2))
	fmt.Println(div(7, -2))
	fmt.Println(div(-7, -2))
	var m int64 = -9223372036854775808
	var n int64 = -1
	fmt.Println(m/n, m%n)
	var s8 int8 = -128
	var neg8 int8 = -1
	fmt.Println(s8/neg8, s8%neg8)
	var u uint32 = 4000000000
	fmt.Println(u/3, u%7)
}
