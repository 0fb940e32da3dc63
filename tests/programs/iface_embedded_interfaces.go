package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Close() error {
	if b.closed {
		return fmt.Errorf("already closed")
	}
	b.closed = true
	return nil
}

func useRW(rw ReadWriter) {
	n := rw.Write("hello")
	n += rw.Write("world")
	fmt.Println("wrote", n)
	fmt.Println("read", rw.Read())
}

func main() {
	b := &Buffer{}
	var rwc ReadWriteCloser = b
	useRW(rwc)
	var r Reader = rwc
	fmt.Println("read", r.Read())
	fmt.Println("read", r.Read())
	var c Closer = rwc
	fmt.Println("close1:", c.Close())
	fmt.Println("close2:", c.Close())
	if w, ok := r.(Writer); ok {
		fmt.Println("reader is also writer:", w.Write("x"))
	}
	_, isRWC := r.(ReadWriteCloser)
	fmt.Println("reader is RWC:", isRWC)
	fmt.Println(len(b.data), b.closed)
}
