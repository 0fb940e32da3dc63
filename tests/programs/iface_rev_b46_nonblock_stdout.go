package main

import (
	"fmt"
	"os"
)

func main() {
	b := make([]byte, 1<<20)
	for i := range b {
		b[i] = 'x'
	}
	n, err := os.Stdout.Write(b)
	fmt.Fprintln(os.Stderr, n, err)
	n, err = fmt.Println(string(b[:300000]))
	fmt.Fprintln(os.Stderr, n, err)
}
