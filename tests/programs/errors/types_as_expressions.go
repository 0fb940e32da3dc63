package main

type T struct{}

func main() {
	x := int
	_ = T
	if T == nil {
	}
	var y = []int
	_, _ = x, y
	println(int)
}
