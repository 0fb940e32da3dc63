package main

import (
	"fmt"
	"strings"
)

type Base[T any] struct {
	ID    T
	items []string
}

func (b *Base[T]) AddItem(s string) { b.items = append(b.items, s) }
func (b Base[T]) Items() string     { return strings.Join(b.items, ",") }
func (b Base[T]) Describe() string  { return fmt.Sprintf("id=%v n=%d", b.ID, len(b.items)) }

type User struct {
	Base[int]
	Name string
}

type Doc struct {
	*Base[string]
	Title string
}

func (d Doc) Describe() string { return "doc " + d.Title + " " + d.Base.Describe() }

type Labeled[T any] struct {
	Base[T]
	Label string
}

type Describer interface{ Describe() string }

func main() {
	u := User{Base: Base[int]{ID: 7}, Name: "ann"}
	u.AddItem("x")
	u.AddItem("y")
	fmt.Println(u.ID, u.Items(), u.Describe())
	fmt.Printf("%+v\n", u)
	d := Doc{Base: &Base[string]{ID: "d1"}, Title: "T"}
	d.AddItem("p1")
	fmt.Println(d.ID, d.Describe())
	l := Labeled[float64]{Base[float64]{ID: 1.5}, "lbl"}
	l.AddItem("q")
	fmt.Println(l.Describe(), l.Label, l.Base.ID)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%T %T\n", l, l.Base)
	var ds []Describer = []Describer{u, d, l, &l}
	for _, x := range ds {
		fmt.Println(x.Describe())
	}
}
