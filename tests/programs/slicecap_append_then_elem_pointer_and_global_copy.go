package main

import "fmt"

var gp *int
var gs []int

// Checks cap of single-append slices whose element address escapes or stays local, or whose contents go to a global.
func main() {
	var s []int
	s = append(s, 1)
	gp = &s[0]
	fmt.Println(len(s), cap(s))
	var t []int
	t = append(t, 1)
	p := &t[0]
	*p = 5
	fmt.Println(len(t), cap(t), t[0])
	var u []int
	u = append(u, 1, 2)
	gs = append(gs, u...)
	fmt.Println(len(u), cap(u))
	var w []int
	w = append(w, 3)
	copy(gs, w)
	fmt.Println(len(w), cap(w), gs[0])
}
