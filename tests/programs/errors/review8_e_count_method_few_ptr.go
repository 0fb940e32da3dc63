package main

type T struct{}

func (*T) M(a int, b string) {}

func main() {
	t := &T{}
	t.M(1)
}
