package main

import (
	"fmt"
	"strings"
)

func producer(words []string, out chan<- string) {
	for _, w := range words {
		out <- strings.ToUpper(w)
	}
	// forgot close(out)
}

func main() {
	out := make(chan string)
	go producer([]string{"alpha", "beta", "gamma"}, out)
	n := 0
	for w := range out {
		n++
		fmt.Println(n, w)
	}
	fmt.Println("unreachable")
}
