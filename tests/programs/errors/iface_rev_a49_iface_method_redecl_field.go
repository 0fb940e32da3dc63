package main

type I interface {
	M()
	N int
}

func main() {}
