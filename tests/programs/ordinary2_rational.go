package main

import (
	"errors"
	"fmt"
)

type Rat struct {
	num, den int
}

func gcd(a, b int) int {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

var ErrZeroDen = errors.New("zero denominator")

func NewRat(n, d int) (Rat, error) {
	if d == 0 {
		return Rat{}, ErrZeroDen
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	return Rat{n / g, d / g}, nil
}

func must(r Rat, err error) Rat {
	if err != nil {
		panic(err)
	}
	return r
}

func (r Rat) Add(o Rat) Rat { return must(NewRat(r.num*o.den+o.num*r.den, r.den*o.den)) }
func (r Rat) Mul(o Rat) Rat { return must(NewRat(r.num*o.num, r.den*o.den)) }
func (r Rat) Inv() (Rat, error) { return NewRat(r.den, r.num) }
func (r Rat) Float() float64  { return float64(r.num) / float64(r.den) }

func (r Rat) String() string {
	if r.den == 1 {
		return fmt.Sprint(r.num)
	}
	return fmt.Sprintf("%d/%d", r.num, r.den)
}

func main() {
	fmt.Println(gcd(48, 18), gcd(-12, 8), lcm(4, 6), lcm(21, 6))
	a := must(NewRat(1, 2))
	b := must(NewRat(3, -4))
	fmt.Println(a, b, a.Add(b), a.Mul(b), a.Add(a))
	sum := must(NewRat(0, 1))
	for i := 1; i <= 10; i++ {
		sum = sum.Add(must(NewRat(1, i*(i+1))))
	}
	fmt.Println("telescoping:", sum, sum.Float())
	h := Rat{0, 1}
	for i := 1; i <= 6; i++ {
		h = h.Add(Rat{1, i})
		fmt.Printf("H%d = %v ≈ %.5f\n", i, h, h.Float())
	}
	zero := Rat{0, 1}
	_, err := zero.Inv()
	fmt.Println(err, errors.Is(err, ErrZeroDen))
	fmt.Printf("%v %+v %s\n", []Rat{a, b}, a, b)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, r == ErrZeroDen)
	}()
	must(NewRat(1, 0))
}
