package main

import "fmt"

const Limit = 10

func get() int { return 3 }

func main() {
	p := &Limit
	q := &get()
	r := &(1 + 2)
	fmt.Println(p, q, r)
}
