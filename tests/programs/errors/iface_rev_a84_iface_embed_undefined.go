package main

type I interface {
	Undefined
	fmt.Stringer
}

func main() {}
