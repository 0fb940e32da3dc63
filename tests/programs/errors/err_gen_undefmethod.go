package main

import "fmt"

type Named interface {
	Name() string
}

func Greet[T Named](x T) string {
	return "hi " + x.Name() + x.Title()
}

func Field[T any](x T) int {
	return x.Len
}

func main() {
	fmt.Println("x")
}
