package main

import "fmt"

type T struct{ s []int; m map[string]int }

var x T

func f() int { x.s = []int{100, 200}; return 1 }
func g() int { x.m = map[string]int{"a": 50}; return 1 }

var a [][]int

func h() int { a[0] = []int{7, 8}; return 1 }

var s []int
var i int

func k() int { i = 1; s = []int{10, 20}; return 5 }

func main() {
	x.s = []int{1, 2}
	x.s[0] += f()
	fmt.Println(x.s)
	x.m = map[string]int{"a": 1}
	x.m["a"] += g()
	fmt.Println(x.m)
	a = [][]int{{1, 2}}
	a[0][1] -= h()
	fmt.Println(a)
	s = []int{1, 2}
	s[i] += k()
	fmt.Println(s, i)
}
