package main

import "fmt"

type Base struct{ ID int }

func (b Base) Ident() string   { return fmt.Sprint("base#", b.ID) }
func (b *Base) Bump(n int) int { b.ID += n; return b.ID }

type Derived struct {
	Base
	Label string
}

func (d Derived) Show() string { return d.Label + ":" + d.Ident() }

type Ptr struct {
	*Base
}

func main() {
	d := Derived{Base{1}, "d"}

	ident := Derived.Ident
	show := Derived.Show
	fmt.Println(ident(d), show(d))

	bump := (*Derived).Bump
	fmt.Println(bump(&d, 5), d.ID)

	pident := (*Derived).Ident
	fmt.Println(pident(&d))

	// Through an embedded pointer, value and pointer methods are in the value's method set.
	p := Ptr{&Base{10}}
	pi := Ptr.Ident
	pb := Ptr.Bump
	fmt.Println(pi(p), pb(p, 3), p.ID)

	fmt.Printf("%T\n%T\n%T\n", ident, bump, pb)

	// Method expressions used as ordinary function values.
	ds := []Derived{{Base{1}, "a"}, {Base{2}, "b"}}
	fns := []func(Derived) string{Derived.Show, Derived.Ident}
	for _, x := range ds {
		for _, f := range fns {
			fmt.Print(f(x), " ")
		}
	}
	fmt.Println()
}
