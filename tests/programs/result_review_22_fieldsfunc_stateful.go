package main

import (
	"fmt"
	"strings"
)

func main() {
	calls := 0
	var seen []rune
	f := func(r rune) bool {
		calls++
		seen = append(seen, r)
		return r == ',' || (calls%4 == 0)
	}
	parts := strings.FieldsFunc("ab,cdé,fgh,,ijk", f)
	fmt.Println(len(parts), cap(parts), parts, calls, string(seen))

	toggle := false
	g := func(r rune) bool {
		toggle = !toggle
		return toggle && r != 'x'
	}
	p2 := strings.FieldsFunc("xaxbxcxdxe", g)
	fmt.Println(len(p2), cap(p2), p2)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	n := 0
	h := func(r rune) bool {
		n++
		if n == 3 {
			panic(fmt.Sprint("at ", string(r)))
		}
		return r == ' '
	}
	p3 := strings.FieldsFunc("a b c d", h)
	fmt.Println(len(p3), cap(p3))
}
