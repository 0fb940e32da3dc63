package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Double(x Number) Number {
	return x
}

func main() {
	var n Number = 3
	fmt.Println(n, Double(n))
}
