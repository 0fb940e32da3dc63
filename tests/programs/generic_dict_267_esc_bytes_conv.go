package main

import "fmt"

type W struct{ n int }

func (w *W) Write(b []byte) (int, error) { w.n += len(b); return len(b), nil }

type Writer interface {
	Write([]byte) (int, error)
}

//go:noinline
func Put[T Writer](w T, s string) int {
	b := []byte(s)
	w.Write(b)
	return cap(b)
}

//go:noinline
func PutPlain(w *W, s string) int {
	b := []byte(s)
	w.Write(b)
	return cap(b)
}

func main() {
	w := &W{}
	fmt.Println(Put(w, "abc"), PutPlain(w, "abc"), w.n)
}
