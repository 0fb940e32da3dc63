package main

import "fmt"

type S16 struct{ a, b int64 }
type S24 struct {
	a, b int64
	c    int32
}

// 16-byte (K=2) and 24-byte (K=1) struct elements.
func main() {
	var s []S16
	for i := 0; i < 12; i++ {
		s = append(s, S16{int64(i), int64(2 * i)})
		fmt.Println("s16", i, len(s), cap(s), s[i].b)
	}
	var t []S24
	for i := 0; i < 12; i++ {
		t = append(t, S24{a: int64(i), c: int32(i)})
		fmt.Println("s24", i, len(t), cap(t), t[i].c)
	}
	var u []S16
	u = append(u, S16{1, 1}, S16{2, 2}, S16{3, 3})
	fmt.Println("s16 x3:", len(u), cap(u), u[2].a)
}
