package main

import "fmt"

type Buffer struct {
	data []byte
	n    int
}

func (b *Buffer) Grow(k int) []byte {
	b.n += k
	return b.data[:b.n]
}

func main() {
	b := Buffer{data: make([]byte, 2, 6)}
	fmt.Println(len(b.Grow(3)))
	fmt.Println(len(b.Grow(3)))
	fmt.Println(len(b.Grow(3)))
}
