package main

import "fmt"

func printSlice(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	var s []int
	printSlice("s", s)
	fmt.Println(s == nil)
	for i := 0; i < 10; i++ {
		s = append(s, i)
		printSlice("s", s)
	}
	s = s[:0]
	printSlice("s[:0]", s)
	s = s[2:5]
	printSlice("s[2:5]", s)
	s = s[:cap(s)]
	printSlice("extend", s)
	a := make([]int, 3, 5)
	printSlice("a", a)
	b := append(a, 1)
	c := append(a, 2)
	printSlice("b", b)
	printSlice("c", c)
	d := append(a, 1, 2, 3)
	d[0] = 99
	printSlice("d", d)
	printSlice("a", a)
	e := make([]int, 0)
	fmt.Println(e == nil, len(e), cap(e))
	big := append([]int(nil), make([]int, 1000)...)
	fmt.Println(len(big), cap(big) >= 1000)
	strs := []string{}
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		strs = append(strs, w)
		fmt.Println(len(strs), cap(strs))
	}
	bs := []byte("hi")
	bs = append(bs, " there"...)
	fmt.Println(string(bs), len(bs), cap(bs))
}
