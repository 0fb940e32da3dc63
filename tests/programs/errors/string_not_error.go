package main

import "fmt"

func check(n int) error {
	if n < 0 {
		return "negative"
	}
	return nil
}

func main() {
	fmt.Println(check(1))
}
