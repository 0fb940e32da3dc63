package main

import (
	"fmt"
	"os"
)

type W struct{}

func (*W) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	fmt.Fprintln(W{}, "x")
	fmt.Fprint(3, "x")
	fmt.Fprintf(os.Stdout)
	fmt.Fprintf("x", "y")
	fmt.Fprintln(*os.Stdout, "x")
}
