package main

import (
	"fmt"
	"strings"
)

// report prints a line per step: too big for gc to inline.
func report(words []string) {
	var lens []int
	for _, w := range words {
		lens = append(lens, len(w))
		fmt.Println(w, len(lens), cap(lens))
	}
	var b []byte
	for i := 0; i < 3; i++ {
		b = append(b, 'a'+byte(i))
	}
	fmt.Println(string(b), len(b), cap(b))
}

func collect(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i*i)
		fmt.Println("step", i, len(out), cap(out))
	}
	fmt.Printf("collected %d\n", len(out))
	return out
}

func main() {
	report(strings.Fields("alpha beta gamma delta epsilon"))
	c := collect(6)
	fmt.Println(len(c))
}
