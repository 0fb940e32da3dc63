package main

type I interface{ M(...int) }
type T struct{}

func (T) M([]int) {}

func main() {
	var i I = T{}
	_ = i
}
