package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var dst bytes.Buffer
	bw := bufio.NewWriterSize(&dst, 16)
	bw.WriteString("abc")
	n, err := bw.ReadFrom(strings.NewReader(strings.Repeat("q", 40)))
	// gc: fills the buffer, flushes, then hands the rest to dst.ReadFrom (bytes.Buffer is an io.ReaderFrom): 0 buffered
	fmt.Println(n, err, bw.Buffered(), dst.Len())
}
