package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (t *T) String() string { return "t" }

func main() {
	var s Stringer = &T{}
	t := s.(T)
	fmt.Println(t)
}
