package main

import (
	"fmt"
	"io"
)

type A struct{ log *[]string }

func (a A) Write(p []byte) (int, error)        { *a.log = append(*a.log, "W:"+string(p)); return len(p), nil }
func (a A) WriteString(s string) (int, error)  { *a.log = append(*a.log, "S:"+s); return len(s) * 2, nil }

type B struct{ log []string }

func (b *B) Write(p []byte) (int, error) { b.log = append(b.log, "W:"+string(p)); return len(p), nil }
func (b B) WriteString(s string) int     { return -1 }

type C struct {
	io.Writer
}

type D struct {
	*B
}

func main() {
	var log []string
	a := A{&log}
	fmt.Println(io.WriteString(a, "1"))
	fmt.Println(io.WriteString(&a, "2"))
	fmt.Fprint(a, "3")
	b := &B{}
	fmt.Println(io.WriteString(b, "4"))
	c := C{a}
	fmt.Println(io.WriteString(c, "5"))
	d := D{b}
	fmt.Println(io.WriteString(d, "6"))
	fmt.Println(io.WriteString(&d, "7"))
	fmt.Println(log, b.log)
	var w io.Writer = c
	_, ok := w.(io.StringWriter)
	fmt.Println(ok)
	fmt.Printf("%T %T\n", w, io.Writer(d))
}
