package main

import (
	"fmt"
	"io"
)

type Buf struct {
	data  []byte
	calls int
}

func (b *Buf) Write(p []byte) (int, error) {
	b.calls++
	b.data = append(b.data, p...)
	return len(p), nil
}

type SBuf struct {
	Buf
	scalls int
}

func (s *SBuf) WriteString(str string) (int, error) {
	s.scalls++
	s.data = append(s.data, str...)
	return len(str), nil
}

type Short struct{}

func (Short) Write(p []byte) (int, error) {
	if len(p) > 3 {
		return 3, fmt.Errorf("short write of %d", len(p))
	}
	return len(p), nil
}

func main() {
	b := &Buf{}
	n, err := fmt.Fprintf(b, "x=%d y=%q", 5, "s")
	fmt.Println(n, err, b.calls, string(b.data))
	n, err = io.WriteString(b, "hello")
	fmt.Println(n, err, b.calls, string(b.data))
	s := &SBuf{}
	n, err = io.WriteString(s, "abc")
	fmt.Println(n, err, s.calls, s.scalls, string(s.data))
	n, err = fmt.Fprint(s, "def", 1)
	fmt.Println(n, err, s.calls, s.scalls, string(s.data))
	n, err = fmt.Fprintln(Short{}, "toolong")
	fmt.Println(n, err)
	n, err = io.WriteString(Short{}, "ab")
	fmt.Println(n, err)
	var w io.Writer = s
	_, isSW := w.(io.StringWriter)
	_, isSW2 := io.Writer(b).(io.StringWriter)
	fmt.Println(isSW, isSW2)
	fmt.Printf("%T %T\n", w, err)
}
