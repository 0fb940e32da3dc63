package main

type I interface{ M() }

type S struct {
	*I
}

type P *int

type U struct {
	P
}

func main() {}
