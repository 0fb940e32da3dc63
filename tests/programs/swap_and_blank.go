package main

import "fmt"

func pair() (int, int) { return 3, 4 }

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	_, y := pair()
	x, _ := pair()
	_ = x
	fmt.Println(y, x)
	var _ int = 5
	_ = "discarded"
}
