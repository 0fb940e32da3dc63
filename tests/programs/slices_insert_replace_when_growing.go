// slices.Insert and slices.Replace leave the original slice as it is when the result needs
// new storage (at the capacity growing the slice gives), and shift in place when it fits;
// strconv.AppendQuote makes room for the string and its quotes at once, as gc's does.
package main

import (
	"fmt"
	"slices"
	"strconv"
)

func main() {
	s := []int{1, 2, 3}
	t := slices.Insert(s, 0, 9)
	fmt.Println(s, t, len(t))
	names := []string{"a", "b", "c", "d"}
	more := slices.Insert(names, 1, "x", "y")
	fmt.Println(names, more)
	room := make([]int, 3, 10)
	copy(room, []int{1, 2, 3})
	in := slices.Insert(room, 1, 7, 8)
	fmt.Println(room, in, room[:5])
	self := []int{1, 2, 3, 4, 5, 6}[:4]
	fmt.Println(slices.Insert(self, 1, self[2:4]...))

	r := []int{1, 2, 3}
	u := slices.Replace(r, 0, 1, 7, 8)
	fmt.Println(r, u)
	w := []int{1, 2, 3, 4, 5}
	v := slices.Replace(w, 1, 4, 9)
	fmt.Println(w, v)
	x := make([]int, 4, 8)
	y := slices.Replace(x, 1, 2, 5, 6, 7)
	fmt.Println(x, y, x[:6])

	a := strconv.AppendQuote(nil, "hello world")
	b := strconv.AppendInt(a, 1, 10)
	c := strconv.AppendInt(a, 2, 10)
	fmt.Println(string(b), string(c))
	q := strconv.AppendQuoteToASCII([]byte("k="), "é\x00")
	fmt.Println(string(q))
}
