package main

import "fmt"

func main() {
	var x any = 1
	switch x.(type) {
	case int:
		fmt.Println("int")
		fallthrough
	case string:
		fmt.Println("string")
	}
}
