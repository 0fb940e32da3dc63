package main

import "fmt"

type Bucket struct {
	id    int
	items []int
}

func main() {
	var bs []Bucket
	for i := 0; i < 6; i++ {
		var items []int
		for j := 0; j < i; j++ {
			items = append(items, j)
		}
		b := Bucket{id: i}
		b.items = items
		bs = append(bs, b)
	}
	for _, b := range bs {
		fmt.Println(b.id, len(b.items), cap(b.items))
	}
}
