package main

import "fmt"

type T struct{ n int }

func main() {
	a, b := &T{1}, &T{100}
	p := a
	p.n += func() int { p = b; return 5 }()
	fmt.Println(a.n, b.n)
	s := []int{1, 2, 3}
	i := 0
	s[i] += func() int { i = 2; return 10 }()
	fmt.Println(s)
	i = 0
	s[i] = s[i] + func() int { i = 1; return 10 }()
	fmt.Println(s)
	x := 1
	x += func() int { x = 100; return 1 }()
	fmt.Println(x)
}
