package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("hello world\r\nsecond line\nthird"), 16)
	p, err := r.Peek(5)
	fmt.Printf("%q %v\n", p, err)
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	n, err := r.Discard(6)
	fmt.Println(n, err)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}
	r.Reset(strings.NewReader("a,b,,c"))
	for {
		s, err := r.ReadSlice(',')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("x", 40)), 16)
	s, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(r.Discard(100))
	p, err = r.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
}
