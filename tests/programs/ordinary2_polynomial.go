package main

import (
	"fmt"
	"strings"
)

type Poly []float64 // coefficients, index = power

func (p Poly) Eval(x float64) float64 {
	r := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Add(q Poly) Poly {
	n := max(len(p), len(q))
	out := make(Poly, n)
	for i := range out {
		if i < len(p) {
			out[i] += p[i]
		}
		if i < len(q) {
			out[i] += q[i]
		}
	}
	return out.trim()
}

func (p Poly) Mul(q Poly) Poly {
	out := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out.trim()
}

func (p Poly) Deriv() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	out := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		out[i-1] = p[i] * float64(i)
	}
	return out
}

func (p Poly) trim() Poly {
	for len(p) > 1 && p[len(p)-1] == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func (p Poly) String() string {
	var terms []string
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 && len(p) > 1 {
			continue
		}
		switch i {
		case 0:
			terms = append(terms, fmt.Sprintf("%g", c))
		case 1:
			terms = append(terms, fmt.Sprintf("%gx", c))
		default:
			terms = append(terms, fmt.Sprintf("%gx^%d", c, i))
		}
	}
	return strings.ReplaceAll(strings.Join(terms, " + "), "+ -", "- ")
}

func newton(p Poly, x float64) (float64, int) {
	d := p.Deriv()
	for i := 1; i <= 50; i++ {
		nx := x - p.Eval(x)/d.Eval(x)
		if nx == x || (nx-x < 1e-12 && x-nx < 1e-12) {
			return nx, i
		}
		x = nx
	}
	return x, 50
}

func main() {
	p := Poly{-2, 0, 1}
	q := Poly{1, 1}
	fmt.Println(p, "|", q, "|", p.Add(q), "|", p.Mul(q))
	fmt.Println(p.Deriv(), p.Mul(q).Deriv(), Poly{5}.Deriv())
	for x := -2.0; x <= 2; x += 0.5 {
		fmt.Printf("p(%4.1f)=%6.2f  ", x, p.Eval(x))
	}
	fmt.Println()
	root, it := newton(p, 1)
	fmt.Printf("sqrt2 ~ %.15f in %d iters, %v\n", root, it, root)
	cubic := Poly{-6, 11, -6, 1}
	for _, g := range []float64{0, 1.6, 2.4, 10} {
		r, n := newton(cubic, g)
		fmt.Printf("start %v -> %.6f (%d)\n", g, r, n)
	}
	z := p.Add(Poly{2, 0, -1})
	fmt.Println(z, len(z), cap(z))
}
