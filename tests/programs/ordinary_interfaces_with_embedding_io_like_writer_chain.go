// Interfaces with embedding: io-like Writer chain
package main

import (
	"fmt"
	"strings"
)

type Writer interface {
	Write(p []byte) (int, error)
}

type Counter struct {
	Bytes, Lines int
}

func (c *Counter) Write(p []byte) (int, error) {
	c.Bytes += len(p)
	c.Lines += strings.Count(string(p), "\n")
	return len(p), nil
}

type UpperWriter struct {
	W Writer
}

func (u UpperWriter) Write(p []byte) (int, error) {
	return u.W.Write([]byte(strings.ToUpper(string(p))))
}

type MultiWriter struct {
	writers []Writer
}

func (m *MultiWriter) Write(p []byte) (int, error) {
	for _, w := range m.writers {
		if _, err := w.Write(p); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

type Named interface {
	Name() string
}

type NamedWriter interface {
	Writer
	Named
}

type buf struct {
	sb strings.Builder
}

func (b *buf) Write(p []byte) (int, error) { return b.sb.Write(p) }
func (b *buf) Name() string                 { return "buf" }

func main() {
	c := &Counter{}
	b := &buf{}
	mw := &MultiWriter{writers: []Writer{c, UpperWriter{b}}}
	fmt.Fprintf(mw, "hello %s\n", "world")
	fmt.Fprintln(mw, "second line", 42)
	fmt.Fprint(mw, "no newline")
	fmt.Printf("%+v\n", *c)
	fmt.Printf("%q\n", b.sb.String())
	var nw NamedWriter = b
	fmt.Println(nw.Name())
	var w Writer = nw
	if n, ok := w.(Named); ok {
		fmt.Println("also named:", n.Name())
	}
	_, isCounter := w.(*Counter)
	fmt.Println(isCounter)
}
