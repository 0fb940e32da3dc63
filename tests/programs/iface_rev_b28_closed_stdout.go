package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := fmt.Println("hello")
	fmt.Fprintln(os.Stderr, n, err)
	n, err = os.Stdout.Write([]byte("x"))
	fmt.Fprintln(os.Stderr, n, err)
	f := os.NewFile(1, "one")
	n, err = f.Write([]byte("x"))
	fmt.Fprintln(os.Stderr, n, err)
}
