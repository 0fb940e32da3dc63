package main

import "fmt"

type Expr interface {
	Eval() int
	Accept(v Visitor)
}

type Visitor interface {
	VisitNum(n Num)
	VisitBin(b *Bin)
	VisitNeg(n Neg)
}

type Num int

type Bin struct {
	Op   byte
	L, R Expr
}

type Neg struct{ X Expr }

func (n Num) Eval() int         { return int(n) }
func (n Num) Accept(v Visitor)  { v.VisitNum(n) }
func (n Neg) Eval() int         { return -n.X.Eval() }
func (n Neg) Accept(v Visitor)  { v.VisitNeg(n) }
func (b *Bin) Accept(v Visitor) { v.VisitBin(b) }
func (b *Bin) Eval() int {
	l, r := b.L.Eval(), b.R.Eval()
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	}
	return l / r
}

type printer struct{ out string }

func (p *printer) VisitNum(n Num) { p.out += fmt.Sprint(int(n)) }
func (p *printer) VisitNeg(n Neg) { p.out += "-"; n.X.Accept(p) }
func (p *printer) VisitBin(b *Bin) {
	p.out += "("
	b.L.Accept(p)
	p.out += " " + string(b.Op) + " "
	b.R.Accept(p)
	p.out += ")"
}

type counter struct{ nums, bins, negs int }

func (c *counter) VisitNum(Num)    { c.nums++ }
func (c *counter) VisitNeg(n Neg)  { c.negs++; n.X.Accept(c) }
func (c *counter) VisitBin(b *Bin) { c.bins++; b.L.Accept(c); b.R.Accept(c) }

func main() {
	exprs := []Expr{
		Num(7),
		&Bin{'+', Num(1), Num(2)},
		&Bin{'*', &Bin{'-', Num(10), Num(4)}, Neg{Num(3)}},
		Neg{&Bin{'/', Num(100), &Bin{'+', Num(3), Num(2)}}},
	}
	for _, e := range exprs {
		p := &printer{}
		e.Accept(p)
		c := &counter{}
		e.Accept(c)
		fmt.Printf("%-28s = %4d  %+v\n", p.out, e.Eval(), *c)
	}
}
