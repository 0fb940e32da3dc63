package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type Fail struct{ n int }

func (f *Fail) Write(p []byte) (int, error) {
	f.n++
	return 1, errors.New("fail write")
}

type NegW struct{}

func (NegW) Write(p []byte) (int, error) { return -1, nil }

type SWOnly struct{ got string }

func (s *SWOnly) Write(p []byte) (int, error) { panic("Write called") }
func (s *SWOnly) WriteString(str string) (int, error) {
	s.got += str
	return 100, errors.New("short")
}

func main() {
	f := &Fail{}
	n, err := fmt.Fprintf(f, "%d-%d", 1, 2)
	fmt.Println(n, err, f.n)
	n, err = fmt.Fprintln(NegW{}, "x")
	fmt.Println(n, err)
	s := &SWOnly{}
	n, err = io.WriteString(s, "abc")
	fmt.Println(n, err, s.got)
	var w io.Writer
	defer func() {
		fmt.Println("recovered:", recover())
		n, err := io.WriteString(os.Stdout, "ok\n")
		fmt.Println(n, err)
	}()
	fmt.Fprintln(w, "nil writer")
}
