package main

import "fmt"

func main() {
	n := 3
	switch n.(type) {
	case int:
		fmt.Println("int")
	}
}
