package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct {
	w io.Writer
}

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type countingWriter struct {
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func report(w io.Writer, items []string) {
	for i, it := range items {
		fmt.Fprintf(w, "%d. %s\n", i+1, it)
	}
}

func main() {
	items := []string{"apples", "pears"}
	report(upperWriter{os.Stdout}, items)
	cw := &countingWriter{}
	report(cw, items)
	fmt.Println("bytes:", cw.n)
}
