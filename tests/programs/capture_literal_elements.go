// Function literals gc never inlines, because they stand where it calls them only through a
// value it does not follow (an element, a map value, boxed, sent, printed): they capture
// their variables (here by value), and the slices' capacities are gc's.
package main

import "fmt"

type handler struct {
	name string
	run  func() int
}

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	hs := []handler{{"len", func() int { return len(s) }}}
	fmt.Println(hs[0].name, hs[0].run(), len(s), cap(s))

	var b []byte
	for i := 0; i < 5; i++ {
		b = append(b, 'a'+byte(i))
	}
	table := map[string]func() string{"b": func() string { return string(b) }}
	fmt.Println(table["b"](), len(b), cap(b))

	var r []rune
	r = append(r, 'x', 'y')
	var boxed any = func() int { return len(r) }
	fmt.Println(boxed.(func() int)(), len(r), cap(r))

	var q []int16
	for i := 0; i < 9; i++ {
		q = append(q, int16(i))
	}
	ch := make(chan func() int, 1)
	ch <- func() int { return int(q[len(q)-1]) }
	fmt.Println((<-ch)(), len(q), cap(q))

	var fs []func() int
	var w []int
	w = append(w, 7)
	fs = append(fs, func() int { return w[0] })
	fmt.Println(fs[0](), len(w), cap(w))
}
