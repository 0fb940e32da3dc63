package main

import (
	"io"
	"os"
)

func main() {
	var w io.Writer = os.Stdout
	os.Stdout = w
	var r io.Reader = os.Stdin
	var c io.Closer = os.Stdout
	_, _ = r, c
}
