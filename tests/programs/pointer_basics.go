package main

import "fmt"

type Counter struct {
	Hits  int
	Label string
}

func incr(p *int) {
	*p = *p + 1
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func reset(c *Counter) {
	c.Hits = 0
	c.Label = "reset"
}

func bump(c *Counter, n int) *Counter {
	c.Hits += n
	return c
}

func newCounter(label string) *Counter {
	c := Counter{Label: label}
	return &c
}

func maxPtr(xs []int) *int {
	best := &xs[0]
	for i := 1; i < len(xs); i++ {
		if xs[i] > *best {
			best = &xs[i]
		}
	}
	return best
}

func main() {
	x := 10
	p := &x
	*p += 5
	incr(p)
	incr(&x)
	fmt.Println(x, *p, p == &x)

	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)

	var np *int
	fmt.Println(np == nil, p != nil)
	np = p
	*np = 100
	fmt.Println(x, np == p)

	pp := &p
	**pp = 7
	fmt.Println(x, *p, **pp)

	c := Counter{5, "clicks"}
	bump(&c, 3)
	bump(bump(&c, 1), 1)
	fmt.Println(c.Hits, c.Label)
	reset(&c)
	fmt.Println(c)

	h := &c.Hits
	*h = 42
	fmt.Println(c.Hits)

	n := newCounter("views")
	m := newCounter("views")
	n.Hits++
	fmt.Println(n.Label, n.Hits, m.Hits, n == m, *n == *m)

	i := new(int)
	*i = 3
	s := new(string)
	*s = "hello"
	cc := new(Counter)
	cc.Label = "new"
	fmt.Println(*i, *s, len(*s), *cc)

	xs := []int{4, 9, 2, 7}
	mp := maxPtr(xs)
	*mp = 0
	fmt.Println(xs, *maxPtr(xs))

	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	e := &arr[2]
	*e *= 10
	fmt.Println(arr, len(ap), ap[0])

	var total int
	ptrs := []*int{&a, &b, &x}
	for j := 0; j < len(ptrs); j++ {
		total += *ptrs[j]
		*ptrs[j] = 0
	}
	fmt.Println(total, a, b, x)
}
