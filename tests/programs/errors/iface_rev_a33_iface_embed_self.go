package main

type I interface {
	I
}

type J interface {
	K
}

type K interface {
	J
}

func main() {}
