package main

import "fmt"

var saved func(int) bool

func it(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	for x := range it {
		fmt.Println("body", x)
	}
	saved(2)
	fmt.Println("end")
}
