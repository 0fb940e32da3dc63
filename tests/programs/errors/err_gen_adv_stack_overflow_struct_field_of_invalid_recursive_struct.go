package main

type A struct {
	a A
}

type B struct {
	a A
}

func main() {}
