package main

import "fmt"

type Summer interface{ Sum() int }

type IntList []int
type Matrix [2][2]int
type Counts map[string]int
type Thunk func() int
type Celsius float64
type Word string

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (m Matrix) Sum() int { return m[0][0] + m[0][1] + m[1][0] + m[1][1] }

func (c Counts) Sum() int {
	s := 0
	for _, v := range c {
		s += v
	}
	return s
}

func (t Thunk) Sum() int   { return t() }
func (c Celsius) Sum() int { return int(c) }
func (w Word) Sum() int {
	s := 0
	for _, r := range w {
		s += int(r - 'a' + 1)
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }
func (c Counts) Add(k string) { c[k]++ }

func main() {
	l := IntList{1, 2, 3}
	l.Push(4)
	c := Counts{}
	c.Add("a")
	c.Add("a")
	c.Add("b")
	items := []Summer{l, Matrix{{1, 2}, {3, 4}}, c, Thunk(func() int { return 99 }), Celsius(36.6), Word("abc")}
	for _, s := range items {
		fmt.Printf("%-12T %3d\n", s, s.Sum())
	}
	l.Push(100)
	fmt.Println("copied slice header in iface:", items[0].Sum(), l.Sum())
	c.Add("z")
	fmt.Println("map shares storage:", items[2].Sum())
	type Pusher interface{ Push(int) }
	var p Pusher = &l
	p.Push(1000)
	fmt.Println(l.Sum(), len(l))
	_, ok := items[0].(Pusher)
	fmt.Println("IntList value is Pusher:", ok)
}
