package main

import "fmt"

func noYield(n int) {}

func yieldInt(yield func(int) int) {}

func twoParams(yield func(int) bool, extra int) {}

func main() {
	for x := range noYield {
		fmt.Println(x)
	}
	for x := range yieldInt {
		fmt.Println(x)
	}
	for x := range twoParams {
		fmt.Println(x)
	}
}
