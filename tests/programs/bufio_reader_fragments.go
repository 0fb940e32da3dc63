package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	in := "alpha\nbeta gamma delta epsilon zeta eta theta\n\niota\nlast-no-newline"
	r := bufio.NewReaderSize(strings.NewReader(in), 16)
	for {
		line, err := r.ReadBytes('\n')
		fmt.Printf("%q len=%d err=%v buffered=%d\n", line, len(line), err, r.Buffered())
		if err == io.EOF {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(in), 16)
	for {
		s, err := r.ReadString(' ')
		fmt.Printf("%q %v %d\n", s, err, r.Buffered())
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(in), 16)
	for {
		sl, err := r.ReadSlice('\n')
		fmt.Printf("%q %v\n", sl, err)
		if err == io.EOF {
			break
		}
	}
}
