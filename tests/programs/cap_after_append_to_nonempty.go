package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	b := make([]byte, 2)
	b = append(b, 'x')
	fmt.Println(len(b), cap(b))
	e := []string{"a"}
	e = append(e, "b", "c", "d")
	fmt.Println(cap(e))
	st := []struct{ a, b, c, d, e int }{{}}
	st = append(st, st[0])
	fmt.Println(cap(st))
}
