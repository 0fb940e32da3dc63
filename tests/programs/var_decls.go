package main

import "fmt"

var (
	gi int
	gs string
	gb bool
	gu uint8
)

func main() {
	var i int
	var s string
	var b bool
	var a, c = 1, "c"
	var d, e int = 2, 3
	fmt.Println(i, s == "", b, a, c, d, e)
	fmt.Println(gi, gs == "", gb, gu)
	fmt.Printf("%q\n", s)
	for k := 0; k < 3; k++ {
		var z int
		z += k
		fmt.Print(z)
	}
	fmt.Println()
}
