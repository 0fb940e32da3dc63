package main

import "fmt"

type S32 struct{ a, b, c, d int64 }
type S40 struct{ a, b, c, d, e int64 }
type P32 struct {
	p *int
	a int64
	s string
}

// 32-byte (K=1), 40-byte (no buffer), 32-byte with pointers.
func main() {
	var s []S32
	for i := 0; i < 10; i++ {
		s = append(s, S32{d: int64(i)})
		fmt.Println("s32", i, len(s), cap(s), s[i].d)
	}
	var t []S40
	for i := 0; i < 10; i++ {
		t = append(t, S40{e: int64(i)})
		fmt.Println("s40", i, len(t), cap(t), t[i].e)
	}
	x := 5
	var p []P32
	for i := 0; i < 6; i++ {
		p = append(p, P32{p: &x, s: "v"})
		fmt.Println("p32", i, len(p), cap(p), *p[i].p, p[i].s)
	}
}
