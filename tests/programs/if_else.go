package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if r := n % 2; r == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for n := -1; n < 4; n++ {
		fmt.Println(n, classify(n))
	}
	if x := 10; x > 5 && x < 20 || false {
		fmt.Println("in range", x)
	}
	if !(1 > 2) {
		fmt.Println("not")
	}
}
