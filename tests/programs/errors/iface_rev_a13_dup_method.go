package main

type A interface {
	M()
	M()
}

type B interface {
	M()
	M(int)
}

func main() {}
