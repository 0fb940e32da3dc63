package main

type I interface{ M() (int, error) }
type T struct{}

func (T) M() (int, error) { return 0 }

func main() {}
