package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return "ptrT" }

type S struct{ T }

func main() {
	fmt.Println(S{T{1}})
}
