package main

import "sync"

var sink int

type Inner struct{ n int }

func (i *Inner) Inc()     { i.n++ }
func (i *Inner) Get() int { return i.n }
func (i Inner) Val() int  { return i.n }

type Outer struct {
	in Inner
	x  int
}
type Emb struct {
	Inner
	x int
}
type Emb2 struct {
	x int
	Inner
}
type Locked struct {
	mu sync.Mutex
	n  int
}
type Locked2 struct {
	sync.Mutex
	n int
}

var gOuter Outer

func e1(o *Outer)          { o.in.Inc() }
func e2(o Outer) int       { return o.in.Get() }
func e3(e *Emb)            { e.Inc() }
func e4(e Emb) int         { return e.Get() }
func e5(e *Emb2)           { e.Inc() }
func e6(l *Locked)         { l.mu.Lock(); l.n++; l.mu.Unlock() }
func e7(l *Locked2)        { l.Lock(); l.n++; l.Unlock() }
func e8(o *Outer) func()   { return o.in.Inc }
func e9(o *Outer) int      { return o.in.Val() }
func e10()                 { gOuter.in.Inc() }
func e11(o *Outer) *Inner  { return &o.in }
func e12(e *Emb) *int      { return &e.n }
func e13(o *Outer) *int    { return &o.in.n }
func e14(o *Outer)         { (&o.in).Inc() }
func e15(o *Outer) int     { p := &o.in; return p.Get() }
func e16(o *Outer)         { o.in.Inc(); o.in.Inc(); o.in.Inc() }
func e17(l *Locked) int    { l.mu.Lock(); defer l.mu.Unlock(); return l.n }
func e18(o []Outer)        { o[0].in.Inc() }
func e19(e *Emb) int       { return e.Inner.Get() }
func e20(o **Outer)        { (*o).in.Inc() }

func main() {
	defer func() {}()
	o := &Outer{}
	e := &Emb{}
	e1(o)
	sink = e2(*o) + e4(*e) + e9(o) + e15(o) + e17(&Locked{}) + e19(e) + *e12(e) + *e13(o) + e11(o).n
	e3(e)
	e5(&Emb2{})
	e6(&Locked{})
	e7(&Locked2{})
	e8(o)()
	e10()
	e14(o)
	e16(o)
	e18([]Outer{{}})
	e20(&o)
}
