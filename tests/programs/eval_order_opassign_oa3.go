package main

import "fmt"

type P struct{ v int }

var m = map[int]*P{1: {1}}
var ps = []*P{{1}}

func f() int { m[1] = &P{100}; ps[0] = &P{100}; return 1 }

func main() {
	m[1].v += f()
	fmt.Println(m[1].v)
	ps[0].v += f()
	fmt.Println(ps[0].v)
	var arr [2][]int
	arr[0] = []int{1}
	g := func() int { arr[0] = []int{9}; return 1 }
	arr[0][0] += g()
	fmt.Println(arr)
}
