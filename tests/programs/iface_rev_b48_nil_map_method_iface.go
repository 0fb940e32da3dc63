package main

import "fmt"

type M map[string]int

func (m M) String() string { return fmt.Sprint("M", len(m)) }

type F func()

func (f F) String() string { return fmt.Sprint("F", f == nil) }

type P *int


func main() {
	var s fmt.Stringer = M(nil)
	fmt.Println(s.String())
	fmt.Println(s)
	var t fmt.Stringer = F(nil)
	fmt.Println(t.String())
	fmt.Println(t)
	var a any = M(nil)
	if st, ok := a.(fmt.Stringer); ok {
		fmt.Println(st.String())
	}
	g := s.String
	fmt.Println(g())
}
