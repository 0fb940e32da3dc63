package main

import "fmt"

const big = 1e39

func main() {
	var f float32 = big
	g := float32(1e300)
	var h float64 = 1e309
	fmt.Println(f, g, h)
}
