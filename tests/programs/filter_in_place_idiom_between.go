package main

import "fmt"

type Bag struct{ items []int }

func (b *Bag) keepEven() []int {
	kept := b.items[:0]
	dropped := []int{}
	n := 0
	for _, v := range b.items {
		if v%2 == 0 {
			kept = append(kept, v)
		} else {
			dropped = append(dropped, v)
			n++
		}
	}
	b.items = kept
	return dropped
}

func filter(s []int) []int {
	out := s[:0]
	k := 3
	for _, v := range s {
		if v > k {
			out = append(out, v)
		}
	}
	return out
}

func grow(s []int) []int {
	out := s[:0]
	s = []int{9, 9, 9, 9, 9, 9, 9, 9}
	for _, v := range s {
		out = append(out, v)
	}
	return out
}

func main() {
	b := &Bag{items: []int{1, 2, 3, 4, 5, 6}}
	d := b.keepEven()
	fmt.Println(b.items, d, len(b.items))
	s := []int{5, 1, 7, 2, 8}
	f := filter(s)
	fmt.Println(f, s, len(f))
	g := grow([]int{1, 2})
	fmt.Println(g, len(g))
}
