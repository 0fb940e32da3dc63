package main

import "fmt"

var i int
var t = []int{1}

func f() int { i = 1; t = []int{1, 2, 3}; return 10 }

func main() {
	s := []int{0, 0, 0, 0}
	s[i+1] += f()
	fmt.Println(s)
	i = 0
	t = []int{1}
	s[len(t)] += f()
	fmt.Println(s)
	m := map[int]int{}
	i = 0
	m[i*2+1] += f()
	fmt.Println(m)
}
