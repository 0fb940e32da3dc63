package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }
func (Dog) Fetch() string { return "ball" }

func main() {
	var a Animal = Dog{}
	fmt.Println(a.Sound(), a.Fetch())
}
