package main

import "fmt"

type Source interface{ Items(n int) []int }

type Counter struct{ base int }

func (c Counter) Items(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, c.base+i)
	}
	return s
}

func total(src Source, n int) int {
	t := 0
	for _, v := range src.Items(n) {
		t += v
	}
	return t
}

func main() {
	c := Counter{10}
	fmt.Println(total(c, 3))
	direct := c.Items(3)
	fmt.Println(len(direct), cap(direct))
	var src Source = c
	fmt.Println(len(src.Items(5)))
}
