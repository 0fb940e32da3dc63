package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type ValCounter struct{ n int }

func (c ValCounter) Inc()       { c.n++ }
func (c ValCounter) Value() int { return c.n }

type PtrCounter struct{ n int }

func (c *PtrCounter) Inc()      { c.n++ }
func (c PtrCounter) Value() int { return c.n }

func bump(c Counter, times int) int {
	for i := 0; i < times; i++ {
		c.Inc()
	}
	return c.Value()
}

func main() {
	vc := ValCounter{}
	fmt.Println("value counter via value:", bump(vc, 3), vc.n)
	fmt.Println("value counter via ptr:", bump(&vc, 3), vc.n)

	pc := &PtrCounter{}
	fmt.Println("ptr counter:", bump(pc, 3), pc.n)

	var x any = PtrCounter{}
	_, ok := x.(Counter)
	fmt.Println("PtrCounter value is Counter:", ok)
	x = &PtrCounter{n: 10}
	c, ok := x.(Counter)
	fmt.Println("*PtrCounter is Counter:", ok, c.Value())

	var y any = ValCounter{n: 5}
	c2, ok := y.(Counter)
	fmt.Println("ValCounter is Counter:", ok, c2.Value())
	y = &ValCounter{n: 6}
	c3, ok := y.(Counter)
	fmt.Println("*ValCounter is Counter:", ok, c3.Value())

	type Valuer interface{ Value() int }
	var v Valuer = PtrCounter{n: 9}
	fmt.Println("PtrCounter value is Valuer:", v.Value())
	pc.Inc()
	v = pc
	fmt.Println("Valuer via ptr:", v.Value())
	*pc = PtrCounter{n: 100}
	fmt.Println("after reassign through ptr:", v.Value())
}
