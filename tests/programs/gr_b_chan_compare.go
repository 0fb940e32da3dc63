package main

import (
	"fmt"
	"sort"
)

func describe(x interface{}) string {
	switch c := x.(type) {
	case chan int:
		return fmt.Sprintf("bidir int cap=%d", cap(c))
	case <-chan int:
		return fmt.Sprintf("recv-only int cap=%d", cap(c))
	case chan<- int:
		return fmt.Sprintf("send-only int cap=%d", cap(c))
	case chan string:
		return "string chan"
	case nil:
		return "nil interface"
	}
	return fmt.Sprintf("other %T", x)
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := a
	var ro <-chan int = a
	var so chan<- int = a
	fmt.Println("a==b", a == b, "a==c", a == c, "ro==a", ro == a, "so==c", so == c)
	var n1, n2 chan int
	fmt.Println("nil==nil", n1 == n2, "a==nil", a == nil)
	names := map[chan int]string{a: "A", b: "B"}
	names[c] = "A2"
	fmt.Println("map size", len(names), names[a], names[b])
	var iface interface{} = a
	if got, ok := iface.(chan int); ok {
		got <- 5
		fmt.Println("asserted and sent; a has", <-a)
	}
	_, ok := iface.(<-chan int)
	fmt.Println("assert as recv-only:", ok)
	fmt.Println("iface == a:", iface == interface{}(a), "iface == b:", iface == interface{}(b))
	for _, x := range []interface{}{a, ro, so, make(chan string), nil, make(chan bool, 4)} {
		fmt.Println(describe(x))
	}
	set := map[interface{}]int{}
	set[a]++
	set[c]++
	set[b]++
	set[ro]++
	counts := []int{}
	for _, v := range set {
		counts = append(counts, v)
	}
	sort.Ints(counts)
	fmt.Println("iface-key counts:", counts)
	type pair struct{ in, out chan int }
	p1 := pair{a, b}
	p2 := pair{c, b}
	fmt.Println("struct eq:", p1 == p2, p1 == pair{b, a})
}
