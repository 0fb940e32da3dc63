package main

type T struct{}

func (T) Error() string { return "" }

func f(T) {}

func g() T {
	var e error
	return e
}

func main() {
	var a any
	f(a)
	var e error = T{}
	f(e)
	g()
}
