package main

import "fmt"

// A fixed-size frame buffer handing out capacity-limited views.
type Frame struct {
	data [8]byte
	used int
}

func (f *Frame) View(n, limit int) []byte {
	v := f.data[f.used : f.used+n : limit]
	f.used += n
	return v
}

func main() {
	var f Frame
	a := f.View(2, 4)
	fmt.Println(len(a), cap(a), a)
	b := f.View(3, 8)
	fmt.Println(len(b), cap(b), b)
	c := f.View(1, 9)
	fmt.Println(len(c), cap(c), c)
}
