package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	lines []string
	pos   int
}

func (b *Buffer) Write(s string) { b.lines = append(b.lines, s) }
func (b *Buffer) Read() (string, bool) {
	if b.pos >= len(b.lines) {
		return "", false
	}
	b.pos++
	return b.lines[b.pos-1], true
}

type Upper struct{ Writer }

func (u Upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

type Logger struct {
	io.Writer
	prefix string
	n      int
}

func (l *Logger) Log(format string, args ...any) {
	l.n++
	fmt.Fprintf(l, "%s%03d "+format+"\n", append([]any{l.prefix, l.n}, args...)...)
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		s, ok := src.Read()
		if !ok {
			return n
		}
		dst.Write(s)
		n++
	}
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	var out Buffer
	up := Upper{&out}
	up.Write("three")
	n := copyAll(up, rw)
	fmt.Println(n, out.lines)
	var r Reader = rw
	_, ok := r.(Writer)
	fmt.Println(ok)
	var sb strings.Builder
	lg := &Logger{Writer: &sb, prefix: "[app] "}
	lg.Log("started %s", "server")
	lg.Log("value=%d ok=%t", 42, true)
	lg.Log("done")
	fmt.Print(sb.String())
	var w io.Writer = lg
	fmt.Fprintf(w, "direct %v\n", []int{1})
	fmt.Print(sb.String()[sb.Len()-11:])
	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("abcdefghij"), 4))
	fmt.Println(string(data))
	var nilW Writer
	fmt.Println(nilW == nil, rw != nil)
	fmt.Printf("%T %T\n", rw, up.Writer)
}
