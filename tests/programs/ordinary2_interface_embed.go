package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	lines []string
	pos   int
}

func (b *Buffer) Write(s string) int {
	b.lines = append(b.lines, s)
	return len(s)
}

func (b *Buffer) Read() (string, bool) {
	if b.pos >= len(b.lines) {
		return "", false
	}
	b.pos++
	return b.lines[b.pos-1], true
}

type UpperWriter struct {
	Writer
	count int
}

func (u *UpperWriter) Write(s string) int {
	u.count++
	return u.Writer.Write(strings.ToUpper(s))
}

type Named interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string { return fmt.Sprintf("base-%d", b.id) }

type Derived struct {
	Base
	extra string
}

func (d Derived) Name() string { return d.Base.Name() + "/" + d.extra }

func copyAll(dst Writer, src Reader) (n int) {
	for {
		s, ok := src.Read()
		if !ok {
			return
		}
		n += dst.Write(s)
	}
}

func main() {
	src := &Buffer{}
	var w Writer = src
	w.Write("hello")
	w.Write("world")
	var rw ReadWriter = src
	rw.Write("!")
	dst := &Buffer{}
	up := &UpperWriter{Writer: dst}
	fmt.Println("copied", copyAll(up, src), up.count)
	fmt.Println(dst.lines, src.pos)
	var r Reader = dst
	if rw2, ok := r.(ReadWriter); ok {
		rw2.Write("more")
	}
	fmt.Println(len(dst.lines), cap(dst.lines))
	names := []Named{Base{1}, Derived{Base{2}, "x"}, Derived{Base: Base{3}}}
	for _, n := range names {
		fmt.Printf("%-10s %T\n", n.Name(), n)
	}
	d := names[1].(Derived)
	fmt.Println(d.Base.Name(), d.id)
	var empty *Buffer
	var iface Writer = empty
	fmt.Println(empty == nil, iface == nil, iface != nil)
}
