package main

import "fmt"

func main() {
	f := func() int {
		unused := 3
		return 1
	}
	fmt.Println(f())
}
