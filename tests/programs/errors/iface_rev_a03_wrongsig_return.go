package main

type I interface{ M(int) string }
type T struct{}

func (T) M(string) string { return "" }

func g() I {
	return T{}
}

func main() { g() }
