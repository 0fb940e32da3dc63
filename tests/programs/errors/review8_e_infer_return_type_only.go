package main

func Make[T any]() []T { return nil }

func main() {
	var s []int = Make()
	_ = s
}
