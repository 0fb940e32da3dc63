package main

import "fmt"

func it(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	for x := range it {
		fmt.Println("body", x)
		panic("p")
	}
	fmt.Println("after loop")
}
