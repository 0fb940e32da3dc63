package main

import "fmt"

type A struct {
	N    int
	Tags []string
}
type B struct {
	N    int      `json:"n"`
	Tags []string `json:"tags"`
}

func cv[P ~*A, Q ~*B](p P) Q { return Q(p) }

func conv[S ~[]A, T ~[]B](s S) T {
	out := make(T, len(s))
	for i := range s {
		out[i] = B(s[i])
	}
	return out
}

func main() {
	a := &A{N: 1, Tags: []string{"x"}}
	b := cv[*A, *B](a)
	b.N = 7
	fmt.Println(a.N, b.Tags)
	as := []A{{N: 2}, {N: 3}}
	bs := conv[[]A, []B](as)
	fmt.Printf("%+v %v\n", bs, len(bs))
	m1 := map[string]*A{"k": a}
	m2 := (map[string]*B)(nil)
	_ = m2
	ch := make(chan *A, 1)
	ch2 := (chan *A)(ch)
	ch2 <- a
	fmt.Println((<-ch).N, len(m1))
	es := []struct{ n int }{{1}, {2}}
	fs := []struct {
		n int `t:"x"`
	}(es)
	fs[1].n = 9
	fmt.Println(len(fs), es[1].n)
}
