package main

type I interface {
	M(int, string) error
}

func main() {
	var i I
	i.M()
	i.M(1)
	i.M(1, "x", 2)
	var s string = i.M(1, "x")
	_ = s
}
