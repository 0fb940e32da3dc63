package main

var n int

func f() int { n++; return n }

func main() {
	s := []int{0}
	s[f()] += s[f()]
}
