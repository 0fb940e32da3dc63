package main

import "fmt"

type C struct{}

func (C) Count(r []rune) int { return len(r) }

//go:noinline
func Runes[T interface{ Count([]rune) int }](c T, s string) (int, int) {
	r := []rune(s)
	return c.Count(r), cap(r)
}

func main() {
	fmt.Println(Runes(C{}, "héllo"))
}
