package main

import "fmt"

type Counter int

func (c *Counter) Inc()           { *c++ }
func (c *Counter) Add(n int)      { *c += Counter(n) }
func (c Counter) IsEven() bool    { return c%2 == 0 }
func (c Counter) Double() Counter { return c * 2 }

type Celsius int
type Fahrenheit int

func (c Celsius) ToF() Fahrenheit  { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius  { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) Label() string    { return fmt.Sprintf("%d°C", int(c)) }
func (f Fahrenheit) Label() string { return fmt.Sprintf("%d°F", int(f)) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for i := 0; i < len(l); i++ {
		s += l[i]
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l *IntList) Pop() int {
	old := *l
	v := old[len(old)-1]
	*l = old[:len(old)-1]
	return v
}

func (l IntList) Scale(k int) {
	for i := 0; i < len(l); i++ {
		l[i] *= k // modifies the shared backing array
	}
}

type Path string

func (p Path) Ext() string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '.' {
			return string(p[i:])
		}
		if p[i] == '/' {
			break
		}
	}
	return ""
}

func (p Path) Join(q Path) Path { return p + "/" + q }

type Bits uint8

func (b Bits) Has(f Bits) bool { return b&f != 0 }
func (b *Bits) Set(f Bits)     { *b |= f }
func (b *Bits) Clear(f Bits)   { *b &^= f }

const (
	Read Bits = 1 << iota
	Write
	Exec
)

type Point [2]int

func (p Point) Add(q Point) Point { return Point{p[0] + q[0], p[1] + q[1]} }
func (p *Point) Neg()             { p[0], p[1] = -p[0], -p[1] }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.Add(5)
	fmt.Println(c, c.IsEven(), c.Double(), c.Double().IsEven())
	cp := &c
	cp.Inc()
	fmt.Println(c, cp.IsEven())

	temps := []Celsius{-40, 0, 37, 100}
	for i := 0; i < len(temps); i++ {
		f := temps[i].ToF()
		fmt.Println(temps[i].Label(), "=", f.Label(), "=", f.ToC().Label())
	}

	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))
	l.Scale(10)
	fmt.Println(l, l.Pop(), l)
	fmt.Println(IntList{4, 5}.Sum())

	p := Path("/usr/lib/go.tar.gz")
	fmt.Println(p.Ext(), Path("/a.b/c").Ext() == "", p.Join("x"))

	var perm Bits
	perm.Set(Read)
	perm.Set(Exec)
	fmt.Println(perm, perm.Has(Write), perm.Has(Exec))
	perm.Clear(Read)
	fmt.Printf("%03b %v\n", perm, perm.Has(Read))

	pt := Point{1, 2}
	pt = pt.Add(Point{10, 20})
	pt.Neg()
	fmt.Println(pt)
	fmt.Printf("%v %d %T %T %T\n", c, perm, c, l, pt)
}
