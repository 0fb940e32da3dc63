package main

import "fmt"

// show is small enough for gc to inline: inside add, passing p to it is then an
// assignment (p's one hand-over), so gc's slice pass grows p on the stack.
func show(s []int) {
	fmt.Println(s)
}

func add(p []int, n int) {
	for i := 0; i < n; i++ {
		p = append(p, i)
	}
	show(p)
	fmt.Println(len(p), cap(p))
}

func main() {
	add(nil, 3)
	add(nil, 5)
}
