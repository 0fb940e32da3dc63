package main

import (
	"fmt"
	
	"sort"
	"strconv"
	"strings"
)

// Checks appends around library calls gc tags (sort.Ints keeps nothing, strings.Join and
// strconv.AppendInt pass storage on).
func main() {
	var h []int
	for i := 0; i < 6; i++ {
		h = append(h, 9-i)
		fmt.Println(len(h), cap(h))
	}
	sort.Ints(h)
	fmt.Println(h[0], cap(h))
	var a []int
	for i := 0; i < 6; i++ {
		a = append(a, 9-i)
		fmt.Println(len(a), cap(a))
	}
	sort.Ints(a)
	fmt.Println(a[0], cap(a))
	var d []string
	d = append(d, "p", "q")
	j := strings.Join(d, ",")
	fmt.Println(j, cap(d))
	var n []byte
	n = append(n, "ab"...)
	n = strconv.AppendInt(n, 42, 10)
	fmt.Println(string(n))
	var k []int
	k = append(k, 5, 4)
	fmt.Println(k[0], cap(k))
	w := strings.Fields(" a b  c ")
	var x []string
	x = append(x, w...)
	x = append(x, "z")
	fmt.Println(len(x), cap(x))
}
