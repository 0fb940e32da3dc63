package main

import "fmt"

type Pool struct {
	buf  []byte
	used int
}

// Alloc hands out a chunk of the pool's buffer (a field: its capacity is not tracked).
func (p *Pool) Alloc(n int) []byte {
	chunk := p.buf[p.used : p.used+n : p.used+n]
	p.used += n
	return chunk
}

func main() {
	p := Pool{buf: make([]byte, 12)}
	a := p.Alloc(4)
	a = append(a, '!')
	fmt.Println(len(a), cap(a))
}
