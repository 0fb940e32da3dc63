package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync/atomic"
	"unicode"
)

type Config struct{ Name string }

func main() {
	text := "alpha beta\ngamma\n\ndelta"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  one two\tthree  ") {
		fmt.Print(f, ";")
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c", unicode.IsDigit) {
		fmt.Print(f, ";")
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("x.y.z", ".") {
		fmt.Print(p, "|")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("p\nq")) {
		fmt.Printf("%q %d\n", l, len(l))
	}
	seq := strings.Lines("once\n")
	n := 0
	for range seq {
		n++
	}
	for range seq {
		n++
	}
	fmt.Println("lines twice:", n)
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"a"})
	old := p.Swap(&Config{"b"})
	fmt.Println(old.Name, p.Load().Name, p.CompareAndSwap(old, nil), p.CompareAndSwap(p.Load(), &Config{"c"}), p.Load().Name)
	fmt.Printf("%T\n", strings.Lines(""))
}
