package main

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	var t T = i
	t = i
	_ = t
	var e error
	var s string = e
	_ = s
}
