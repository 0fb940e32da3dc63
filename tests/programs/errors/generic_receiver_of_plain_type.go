package main

type T struct{}

func (t T[P]) M() {}

func (t *U[P]) N() { var x int = "s" }

func main() {}
