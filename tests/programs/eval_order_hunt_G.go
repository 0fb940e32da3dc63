package main

import "fmt"

var s = []int{1}

func f() int { s = []int{2}; return 0 }

func main() {
	fmt.Println(s[:], f())
}
