package main

import "fmt"

func mk() []int {
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	return t
}

var gl = mk()

func main() {
	y := gl[:3]
	y = append(y, 9)
	y[0] = 100
	fmt.Println(gl[0], len(y))
}
