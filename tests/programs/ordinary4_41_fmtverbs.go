package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
	Meta  map[string]int
	Next  *Line
}

type Celsius float64

type Inner struct{ p *Point }

func main() {
	p := Point{1, -2}
	l := Line{A: p, B: Point{3, 4}, Label: "diag", Tags: []string{"x", "y z"}, Meta: map[string]int{"w": 2, "a": 1}}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Printf("%#v\n", l)
	fmt.Printf("%T %T %T %T\n", p, &p, l.Tags, l.Meta)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)
	fmt.Println(pp, []*Point{} == nil, [2]Point{})
	fmt.Printf("%q %v %x %X % x\n", "héllo\n", "tab\there", "hi", "hi", "abc")
	fmt.Printf("%q %q %q\n", []string{"a", "b"}, 'x', rune(0x1F600))
	fmt.Printf("%5d|%-5d|%05d|%+d|%x|%#o|%c\n", 42, 42, 42, 42, 255, 8, 65)
	fmt.Printf("%8.3f|%-8.2f|%+.1e|%g|%G\n", 3.14159, 2.5, 12345.678, 1e-9, 1e20)
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%s %v %d\n", errors.New("oops"), Celsius(21.5), []byte("AB"))
	fmt.Printf("%v %v\n", map[Point]string{{2, 1}: "b", {1, 2}: "a"}, struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%6.2v|%10s|%-10s|%.2s\n", 3.14159, "right", "left", "truncate")
	fmt.Printf("%v %v\n", [3]bool{true}, [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%x %X\n", []int{10, 255}, "Zz")
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"k": true}, "q")
	fmt.Printf("%#v %#v\n", Celsius(3), [2]string{"a"})
	fmt.Printf("%v %+v\n", Inner{}, Inner{})
	var ip *int
	fmt.Printf("%v %d\n", ip, []any{1, "a", nil, 2.5})
	fmt.Printf("%08.3f|%-8d|%x\n", -3.5, -7, -255)
	fmt.Printf("%3c|%-3c|%U|%#U\n", 'A', 'B', 0x263A, 0x263A)
	s := fmt.Sprint("a", 1, 2, "b", 3.0, nil)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1) + "end")
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
}
