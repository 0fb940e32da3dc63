package main

import "fmt"

// Append in a for-loop post statement (first in source order) and in the
// body (later in source, but compiled first).
//
//go:noinline
func post() {
	var s []int
	for i := 0; i < 4; s = append(s, 100+i) {
		if i > 0 {
			s = append(s, i)
		}
		fmt.Println("post-loop", i, len(s), cap(s))
		i++
	}
	fmt.Println("post-end", len(s), cap(s))
}

//go:noinline
func postOnly() {
	var s []int
	for i := 0; i < 3; s = append(s, i) {
		i++
	}
	fmt.Println("post-only", len(s), cap(s))
}

//go:noinline
func condFirst(n int) {
	var s []int
	for ; len(s) < n; s = append(s, 1) {
	}
	fmt.Println("cond-post", n, len(s), cap(s))
}

func main() {
	post()
	postOnly()
	condFirst(1)
	condFirst(5)
}
