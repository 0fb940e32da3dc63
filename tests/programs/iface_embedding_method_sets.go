package main

import "fmt"

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type Cell struct{ v int }

func (c Cell) Get() int   { return c.v }
func (c *Cell) Set(v int) { c.v = v }

type ByValue struct{ Cell }
type ByPtr struct{ *Cell }

func check(name string, x any) {
	_, g := x.(Getter)
	_, s := x.(Setter)
	_, gs := x.(GetSetter)
	fmt.Printf("%-10s Getter=%-5v Setter=%-5v GetSetter=%v\n", name, g, s, gs)
}

func main() {
	check("Cell", Cell{})
	check("*Cell", &Cell{})
	check("ByValue", ByValue{})
	check("*ByValue", &ByValue{})
	check("ByPtr", ByPtr{&Cell{}})
	check("*ByPtr", &ByPtr{&Cell{}})

	bv := &ByValue{Cell{1}}
	var gs GetSetter = bv
	gs.Set(10)
	fmt.Println("bv after Set:", bv.v, gs.Get())

	shared := &Cell{5}
	a, b := ByPtr{shared}, ByPtr{shared}
	var ga GetSetter = a
	ga.Set(77)
	fmt.Println("shared through embedded ptr:", b.Get(), shared.v)

	var g Getter = *bv
	bv.Set(20)
	fmt.Println("value copy in iface:", g.Get(), bv.Get())
}
