package main

type I interface{ M() }
type J interface{ N() }

func main() {
	var i I
	var j J
	_ = i == j
	var e error
	_ = e == i
}
