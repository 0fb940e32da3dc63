package main

import "fmt"

const a int8 = 100
const b uint16 = 65535
const c = a / 3
const d byte = 'A'

func main() {
	fmt.Println(a, b, c, d)
	fmt.Printf("%T %T %T %T\n", a, b, c, d)
	var x = a * 1
	fmt.Println(x)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
}
