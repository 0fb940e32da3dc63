package main

import "fmt"

type W struct{ n int }

func (w *W) Write(b []byte) (int, error) { w.n += len(b); return len(b), nil }

type Writer interface {
	Write([]byte) (int, error)
}

//go:noinline
func Emit[T Writer](w T, c byte) int {
	var b []byte
	b = append(b, c)
	w.Write(b)
	return cap(b)
}

func main() {
	w := &W{}
	fmt.Println(Emit(w, 'x'), w.n)
}
