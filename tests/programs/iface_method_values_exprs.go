package main

import "fmt"

type Op interface {
	Apply(int) int
}

type Add struct{ n int }

func (a Add) Apply(x int) int { return x + a.n }

type Mul struct{ n int }

func (m *Mul) Apply(x int) int { return x * m.n }
func (m *Mul) Set(n int)       { m.n = n }

func main() {
	var op Op = Add{3}
	f := op.Apply
	op = Add{100}
	fmt.Println("bound method value:", f(1), op.Apply(1))

	g := Op.Apply
	fmt.Println("interface method expr:", g(Add{5}, 10), g(&Mul{2}, 10))

	h := Add.Apply
	fmt.Println("value method expr:", h(Add{7}, 1))

	k := (*Mul).Apply
	m := &Mul{4}
	fmt.Println("ptr method expr:", k(m, 5))

	set := m.Set
	apply := m.Apply
	set(10)
	fmt.Println("after set:", apply(5))

	av := Add{1}
	af := av.Apply
	av.n = 50
	fmt.Println("value receiver copied at eval:", af(0), av.Apply(0))

	ops := []func(int) int{Add{1}.Apply, (&Mul{3}).Apply, Op(Add{2}).Apply}
	for i, fn := range ops {
		fmt.Println("ops", i, fn(10))
	}
	chain := []Op{Add{1}, &Mul{3}, Add{-2}}
	x := 2
	for _, o := range chain {
		x = o.Apply(x)
	}
	fmt.Println("chain:", x)
	fmt.Printf("%T\n%T\n%T\n", g, h, k)
}
