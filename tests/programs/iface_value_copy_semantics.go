package main

import "fmt"

type Counter struct {
	N    int
	Hist []int
}

func (c Counter) Get() int { return c.N }

type Getter interface{ Get() int }

func main() {
	c := Counter{N: 1, Hist: []int{1}}
	var g Getter = c
	var a any = c
	c.N = 2
	c.Hist[0] = 99
	fmt.Println("orig:", c.N, "iface:", g.Get(), "any:", a.(Counter).N)
	fmt.Println("shared slice backing:", a.(Counter).Hist)

	cp := a.(Counter)
	cp.N = 50
	fmt.Println("assert returns copy:", a.(Counter).N, cp.N)

	pc := &c
	g = pc
	c.N = 3
	fmt.Println("pointer in iface sees update:", g.Get())
	pc.N = 4
	fmt.Println("again:", g.Get(), g.(*Counter).N)
	g.(*Counter).N = 5
	fmt.Println("mutate via assertion:", c.N)

	arr := [3]int{1, 2, 3}
	var ai any = arr
	arr[0] = 100
	fmt.Println("array copied:", ai, arr)
	sl := []Getter{Counter{N: 1}, Counter{N: 2}}
	for _, x := range sl {
		x = Counter{N: 10}
		_ = x
	}
	fmt.Println("range var reassign:", sl[0].Get(), sl[1].Get())
	for i := range sl {
		sl[i] = Counter{N: sl[i].Get() * 10}
	}
	fmt.Println("index reassign:", sl[0].Get(), sl[1].Get())
	iface2 := sl[0]
	sl[0] = Counter{N: -1}
	fmt.Println("iface copy independent:", iface2.Get(), sl[0].Get())
}
