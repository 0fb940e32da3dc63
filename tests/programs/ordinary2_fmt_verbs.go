package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	C     Color
	Any   any
	Err   error
	flags [2]bool
}

func main() {
	o := Outer{
		Name: "test",
		In:   Inner{1, "x"},
		Ptr:  &Inner{2, "y"},
		List: []int{1, 2},
		M:    map[string]int{"b": 2, "a": 1},
		C:    Blue,
		Any:  3.5,
		Err:  errors.New("bad"),
	}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%T\n", o)
	fmt.Printf("%v\n", o.List)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%v %+v\n", o.M, o.M)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%v %d %s\n", o.C, o.C, Green)
	fmt.Printf("%v %+v\n", o.Ptr, o.Ptr)
	var nilS []string
	var nilM map[int]bool
	var nilP *Inner
	var nilI any
	var nilE error
	fmt.Printf("%v %v %v %v %v\n", nilS, nilM, nilP, nilI, nilE)
	fmt.Printf("%#v %#v %#v\n", nilS, nilM, nilP)
	fmt.Printf("%d %x %X %o %b %c %q %U\n", 255, 255, 255, 8, 5, 'G', 'G', 'G')
	fmt.Printf("%s %q %x %10s| %-10s|\n", "go", "go\n", "go", "right", "left")
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%5d|%-5d|%05d|%+d\n", 42, 42, 42, 42)
	fmt.Printf("%v %v\n", [3]int{}, struct{}{})
	fmt.Printf("%v\n", []any{1, "a", nil, Red, Inner{}})
	bad := "%d %s|%d\n"
	fmt.Printf(bad, "str", 5)
	fmt.Printf(bad, 1, "a", 2, 3)
	fmt.Println(o.Err, o.Any, o.flags)
	fmt.Printf("%T %T %T %T\n", o.Any, o.Err, o.M, o.Ptr)
	fmt.Printf("%v\n", [][]string{{"a"}, {}, nil, {"b", "c"}})
	fmt.Printf("%x %X\n", []byte("hi"), "hi")
	fmt.Printf("%08.3f|%-8.2f|%8s\n", 3.14159, 2.5, "pad")
}
