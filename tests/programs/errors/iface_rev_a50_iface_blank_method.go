package main

type I interface {
	_()
	M()
}

func main() {
	var i I
	_ = i
}
