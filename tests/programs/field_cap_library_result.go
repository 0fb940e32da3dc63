package main

import (
	"fmt"
	"strings"
)

type Doc struct{ words []string }

func main() {
	d := &Doc{}
	d.words = strings.Fields("a b c d e")
	fmt.Println(cap(d.words))
	d.words = append(d.words, "f")
	fmt.Println(cap(d.words))
}
