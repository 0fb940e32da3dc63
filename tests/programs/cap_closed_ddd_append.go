package main

import "fmt"

// s = append(s, xs...) and append(other, s...) and their effect on later sites.
func main() {
	xs := []int{1, 2}
	var empty []int

	var a []int
	a = append(a, xs...)
	fmt.Println("a ddd2", len(a), cap(a))
	a = append(a, 3)
	fmt.Println("a ddd2 then 1", len(a), cap(a))

	var b []int
	b = append(b, empty...)
	fmt.Println("b ddd0", len(b), cap(b), b == nil)
	b = append(b, 5)
	fmt.Println("b ddd0 then 1", len(b), cap(b))

	var c []int
	c = append(c, 9)
	fmt.Println("c 1", len(c), cap(c))
	var d []int
	d = append(d, c...)
	fmt.Println("d = append(d, c...)", len(d), cap(d), d[0])
	e := append([]int(nil), c...)
	fmt.Println("e = append(nil, c...)", len(e), cap(e), e[0])

	var bs []byte
	bs = append(bs, "hello"...)
	fmt.Println("bytes ddd str5", len(bs), cap(bs), string(bs))
	bs = append(bs, '!')
	fmt.Println("bytes then 1", len(bs), cap(bs))

	var f []int
	f = append(f, make([]int, 3)...)
	fmt.Println("f ddd make3", len(f), cap(f))
	f = append(f, 1)
	fmt.Println("f then 1", len(f), cap(f))
}
