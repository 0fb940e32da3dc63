package main

import "fmt"

func f(a, b int) { fmt.Println(a, b) }

func v() {}

func main() {
	f(1, 2, v())
}
