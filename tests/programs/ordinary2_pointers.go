package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	p := new(int)
	*p = v
	return p
}

func appendTo(s *[]string, v string) { *s = append(*s, v) }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := newInt(42)
	q := p
	*q++
	fmt.Println(*p, *q, p == q)
	r := newInt(43)
	fmt.Println(p == r, *p == *r)
	var c Counter
	c.Inc()
	c.Inc()
	cp := &c
	cp.Inc()
	fmt.Println(c.Get(), cp.Get(), (*cp).n)
	cs := []*Counter{{}, {n: 5}, new(Counter)}
	for _, c := range cs {
		c.Inc()
	}
	for _, c := range cs {
		fmt.Print(c.n, " ")
	}
	fmt.Println()
	var names []string
	appendTo(&names, "a")
	appendTo(&names, "b")
	fmt.Println(names, len(names))
	var np *Counter
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 7
	fmt.Println(*p, **pp)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	for i, v := range ap {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(len(ap))
	s := new([]int)
	*s = append(*s, 9)
	fmt.Println(*s, len(*s))
	m := new(map[string]int)
	fmt.Println(*m == nil, len(*m))
}
