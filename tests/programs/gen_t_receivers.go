package main

import "fmt"

type Counter[T comparable] struct {
	counts map[T]int
	total  int
}

func (c *Counter[T]) Add(v T) {
	if c.counts == nil {
		c.counts = make(map[T]int)
	}
	c.counts[v]++
	c.total++
}

func (c Counter[T]) Count(v T) int { return c.counts[v] }

func (c Counter[T]) Total() int { return c.total }

func (c Counter[T]) TryAdd(v T) { c.total += 1000 }

type Vec[T ~int | ~float64] struct{ X, Y T }

func (v Vec[T]) Add(o Vec[T]) Vec[T] { return Vec[T]{v.X + o.X, v.Y + o.Y} }
func (v *Vec[T]) Scale(k T)          { v.X *= k; v.Y *= k }
func (v Vec[T]) Dot(o Vec[T]) T      { return v.X*o.X + v.Y*o.Y }

type Adder[T any] interface{ Add(T) }

func AddAll[T any](a Adder[T], xs ...T) {
	for _, x := range xs {
		a.Add(x)
	}
}

func main() {
	var c Counter[string]
	c.Add("x")
	c.Add("y")
	c.Add("x")
	c.TryAdd("z")
	fmt.Println(c.Count("x"), c.Count("z"), c.Total())
	AddAll[string](&c, "a", "b", "a")
	fmt.Println(c.Count("a"), c.Total())
	v := Vec[int]{1, 2}
	w := v.Add(Vec[int]{3, 4})
	w.Scale(10)
	fmt.Println(v, w, v.Dot(w))
	pv := &Vec[float64]{0.5, 1.5}
	pv.Scale(2)
	fmt.Println(*pv, pv.Add(*pv), pv.Dot(Vec[float64]{1, 1}))
	f := v.Add
	g := (*Vec[int]).Scale
	g(&v, 3)
	fmt.Println(f(Vec[int]{1, 1}), v)
	h := Vec[int].Dot
	fmt.Println(h(v, v))
	fmt.Printf("%T %T\n", f, g)
}
