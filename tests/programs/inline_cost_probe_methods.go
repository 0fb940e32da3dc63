package main

var sink int

type T struct{ a, b int }
type I interface{ M() int }

func (t T) V() int   { return t.a }
func (t *T) P() int  { return t.b }
func (t T) M() int   { return t.a + t.b }
func (t *T) Q(x int) { t.a += x }

type E struct{ T }
type EP struct{ *T }

func m1(t T) func() int           { return t.V }
func m2(t *T) func() int          { return t.P }
func m3() func(T) int             { return T.V }
func m4() func(*T) int            { return (*T).P }
func m5(t T) int                  { return T.V(t) }
func m6(t *T) int                 { return (*T).P(t) }
func m7(t T) int                  { t2 := t; return t2.P() }
func m8(t *T) int                 { return t.V() }
func m9(i I) int                  { return i.M() }
func m10(i I) func() int          { return i.M }
func m11() func(I) int            { return I.M }
func m12(e E) int                 { return e.V() + e.a }
func m13(e *EP) int               { return e.P() + e.b }
func m14(t *T)                    { t.Q(3) }
func m15(t T) I                   { return t }
func m16(t *T) I                  { return t }
func m17(f func(T) int, t T) int  { return f(t) }
func m18(t T) int                 { return m17(T.V, t) }
func m19(t T) int                 { g := T.V; return g(t) }
func m20(t *T) int                { g := t.P; return g() }
func m21(e E) int                 { return E.V(e) }
func m22(e *E) int                { return (*E).P(e) }

func main() {
	defer func() {}()
	t := T{1, 2}
	e := E{t}
	ep := &EP{&t}
	sink = m1(t)() + m2(&t)() + m3()(t) + m4()(&t) + m5(t) + m6(&t) + m7(t) + m8(&t) + m9(t) + m10(t)() + m11()(t)
	sink += m12(e) + m13(ep) + m15(t).M() + m16(&t).M() + m18(t) + m19(t) + m20(&t) + m21(e) + m22(&e)
	m14(&t)
}
