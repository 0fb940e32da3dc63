package main

import "fmt"

type Row struct {
	arr [4]int
	b   int16
	c   uint8
}

func main() {
	var s []Row
	k := 3
	// One variable at most and a constant length: the range expression is not evaluated
	// (s is empty: evaluating &s[k+50].arr would panic).
	n := 0
	for i := range &s[k+50].arr {
		n += i
	}
	for range &s[k].arr {
		n++
	}
	var p *[5]string
	for i := range p {
		n += i
	}
	fmt.Println(n)

	// An untyped constant assigned to a preexisting variable takes its type.
	s = append(s, Row{})
	for s[0].b = range 3 {
	}
	var y int16
	for y = range 40000 - 39990 {
	}
	var u uint8
	for u = range 255 {
	}
	for s[0].c = range 7 {
	}
	fmt.Printf("%T %v %T %v %T %v %v\n", s[0].b, s[0].b, y, y, u, u, s[0].c)
	for i := range 3 {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
