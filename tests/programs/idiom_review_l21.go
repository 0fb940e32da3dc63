package main

import "fmt"

type T struct{ a [3]int }

func (t T) m() int { return 1 }

func main() {
	defer func() { fmt.Println("rec", recover()) }()
	var p *T
	fmt.Println(len([2]func() int{p.m}))
	var q *T
	x := [1]func() int{q.m}
	fmt.Println(len(x))
}
