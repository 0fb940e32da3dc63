package main

import (
	"io"
	"os"
)

type W struct{}

func main() {
	io.WriteString(W{}, "x")
	io.WriteString(os.Stdout, 3)
	var w io.Writer = os.Stdout
	w.WriteString("x")
	var sw io.StringWriter = w
	_ = sw
}
