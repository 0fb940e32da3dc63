package main

import "fmt"

type Hasher struct{ sum int }

func (h *Hasher) Add(b []byte) {
	for _, c := range b {
		h.sum += int(c)
	}
}

//go:noinline
func HashAll[H interface{ Add([]byte) }](h H, words ...string) int {
	var b []byte
	for _, w := range words {
		b = append(b, w...)
	}
	h.Add(b)
	return cap(b)
}

func main() {
	h := &Hasher{}
	fmt.Println(HashAll(h, "ab", "c"), h.sum)
}
