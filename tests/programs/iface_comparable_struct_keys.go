package main

import "fmt"

type Shape interface {
	Area() int
}

type Rect struct{ W, H int }
type Circle struct{ R int }

func (r Rect) Area() int   { return r.W * r.H }
func (c Circle) Area() int { return 3 * c.R * c.R }

type Entry struct {
	S     Shape
	Label string
}

func main() {
	seen := map[Shape]int{}
	shapes := []Shape{Rect{1, 2}, Circle{1}, Rect{1, 2}, Rect{2, 1}, Circle{1}, Circle{2}}
	var order []Shape
	for _, s := range shapes {
		if _, ok := seen[s]; !ok {
			order = append(order, s)
		}
		seen[s]++
	}
	for _, s := range order {
		fmt.Printf("%T%v seen %d area %d\n", s, s, seen[s], s.Area())
	}
	entries := map[Entry]bool{
		{Rect{1, 1}, "a"}: true,
		{Circle{1}, "a"}:  false,
	}
	probe := []Entry{{Rect{1, 1}, "a"}, {Rect{1, 1}, "b"}, {Circle{1}, "a"}, {nil, "a"}}
	for _, p := range probe {
		v, ok := entries[p]
		fmt.Printf("%+v -> %v %v\n", p, v, ok)
	}
	entries[Entry{nil, "nil"}] = true
	fmt.Println("nil shape entry:", entries[Entry{Label: "nil"}], len(entries))
	set := map[any]struct{}{}
	for _, v := range []any{1, "1", Rect{1, 1}, Entry{Rect{1, 1}, "a"}, 1, Rect{1, 1}} {
		set[v] = struct{}{}
	}
	fmt.Println("set size:", len(set))
}
