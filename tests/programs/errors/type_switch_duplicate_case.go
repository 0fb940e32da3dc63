package main

import "fmt"

func main() {
	var x any = 3
	switch x.(type) {
	case int, string:
		fmt.Println("a")
	case float64, int:
		fmt.Println("b")
	}
}
