package main

type I interface{ M() }
type T struct{ f func() }

func (T) M() {}

func main() {
	var i I
	var t T
	_ = i != t
	_ = t == i
	var a any
	_ = a == map[string]int(nil)
	_ = [1][]int{} == a
}
