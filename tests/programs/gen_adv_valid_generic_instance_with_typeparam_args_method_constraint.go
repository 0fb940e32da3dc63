package main

import "fmt"

type Getter[T any] interface{ Get() T }

type Holder[K ~int | ~string, G Getter[K]] struct{ g G }

func Make[K ~int | ~string, G Getter[K]](g G) Holder[K, G] {
	return Holder[K, G]{g}
}

type U struct{}

func (U) Get() int { return 7 }

func main() {
	h := Make[int](U{})
	fmt.Println(h.g.Get())
}
