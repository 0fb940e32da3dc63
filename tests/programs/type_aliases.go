package main

import (
	"fmt"
	"strings"
)

// Aliases at package level, declared before and after what they name.
type Celsius = Temp
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Names = []string
type Index = map[string]int
type Handler = func(string) string
type Builder = strings.Builder
type Any = interface{}
type Point = struct{ X, Y int }
type PtrT = *Temp

// Methods declared through an alias of a defined type are the type's.
func (c Celsius) Double() Celsius { return c * 2 }

type List[T any] []T
type IntList = List[int]

func Sum(l IntList) (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func apply(h Handler, s string) string { return h(s) }

func main() {
	var c Celsius = 21.5
	var t Temp = c
	fmt.Println(c, t, c.Double(), c == t)
	fmt.Printf("%T %T\n", c, Names{})
	n := Names{"b", "a"}
	idx := Index{}
	for i, s := range n {
		idx[s] = i
	}
	fmt.Println(n, idx, len(idx))
	fmt.Println(apply(strings.ToUpper, "hi"), apply(func(s string) string { return s + "!" }, "x"))
	var b Builder
	b.WriteString("built")
	fmt.Println(b.String(), b.Len())
	var a Any = 3
	fmt.Printf("%T %v\n", a, a)
	p := Point{1, 2}
	var q struct{ X, Y int } = p
	fmt.Printf("%v %+v %T\n", p, q, p)
	var pt PtrT = &t
	*pt += 1
	fmt.Println(t, *pt)
	fmt.Println(Sum(IntList{1, 2, 3}), Sum(List[int]{4}))
	fmt.Printf("%T\n", IntList{})

	// Local aliases.
	type R = rune
	type Pair = [2]R
	type Local int
	type LA = Local
	x := Pair{'a', 'b'}
	fmt.Printf("%T %v %T %q\n", x, x, LA(3), string(x[:]))
	{
		type R = string
		var r R = "shadow"
		fmt.Println(r)
	}
	var r R = 'z'
	fmt.Println(r)
}
