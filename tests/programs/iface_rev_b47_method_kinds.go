package main

import (
	"errors"
	"fmt"
)

type M map[string]int

func (m M) Format(s fmt.State, c rune) { fmt.Fprintf(s, "M(len=%d,%c)", len(m), c) }

type Sl []int

func (s Sl) String() string { return fmt.Sprintf("Sl%d", len(s)) }

type Fn func() int

func (f Fn) String() string { return fmt.Sprint("Fn", f()) }

type Ar [3]int

func (a Ar) Error() string { return fmt.Sprint("Ar", a[0]+a[1]+a[2]) }

type Big struct{ a, b, c, d, e, f, g, h int }

func (b Big) String() string { return fmt.Sprint("Big", b.a+b.h) }

type Bo bool

func (b Bo) String() string {
	if b {
		return "YES"
	}
	return "NO"
}

type Fl float64

func (f Fl) Format(s fmt.State, c rune) {
	p, ok := s.Precision()
	fmt.Fprintf(s, "Fl[%v %d %v]", float64(f), p, ok)
}

type PI *int

type E8 uint8

func (e E8) Error() string { return fmt.Sprintf("E8=%d", uint8(e)) }

func main() {
	fmt.Println(M{"a": 1}, M(nil), Sl{1, 2}, Sl(nil), Fn(func() int { return 7 }))
	fmt.Println(Ar{1, 2, 3}, Big{a: 1, h: 2}, Bo(true), Bo(false), Fl(2.5))
	fmt.Printf("%.3v|%8s|%x|%d\n", Fl(1), Bo(true), Sl{1}, Ar{4, 5, 6})
	fmt.Println([]any{M{}, Sl{}, Ar{}, Big{}, Bo(true), Fl(0)})
	fmt.Println(struct {
		A M
		B Sl
		C Ar
		D Big
		E Bo
		F Fl
	}{})
	var e error = Ar{1, 1, 1}
	fmt.Println(errors.Is(e, Ar{1, 1, 1}), errors.Is(e, Ar{1, 1, 2}), e)
	var e8 error = E8(200)
	fmt.Println(e8, errors.Is(fmt.Errorf("%w", e8), E8(200)))
	var ee E8
	fmt.Println(errors.As(fmt.Errorf("x: %w", e8), &ee), ee)
	fmt.Printf("%v %d %x %q\n", E8(65), E8(65), E8(65), E8(65))
}
