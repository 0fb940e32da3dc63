package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()                 { c.n++ }
func (c Counter) Get() int              { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Temp float64

func (t Temp) Double() Temp { return t * 2 }

func apply(fs []func(), times int) {
	for range times {
		for _, f := range fs {
			f()
		}
	}
}

func main() {
	a := &Counter{name: "a"}
	b := Counter{name: "b"}
	incA := a.Inc
	incB := b.Inc
	apply([]func(){incA, incB}, 3)
	fmt.Println(a.Get(), b.Get())
	get := b.Get
	b.Inc()
	fmt.Println(get(), b.Get())
	getExpr := Counter.Get
	incExpr := (*Counter).Inc
	incExpr(&b)
	fmt.Println(getExpr(b), (*Counter).Get(a))
	label := Counter.Label
	fmt.Println(label(b, "counter-"), a.Label("#"))
	var add Op = func(x, y int) int { return x + y }
	fmt.Println(add.Apply(2, 3), Op(func(x, y int) int { return x * y }).Apply(4, 5))
	d := Temp(21.5).Double
	fmt.Println(d(), Temp.Double(3))
	up := strings.ToUpper
	fns := map[string]func(string) string{"upper": up, "lower": strings.ToLower, "title": func(s string) string {
		return strings.ToUpper(s[:1]) + s[1:]
	}}
	for _, k := range []string{"lower", "title", "upper"} {
		fmt.Println(k, fns[k]("gOpher"))
	}
	var sb strings.Builder
	write := sb.WriteString
	write("hello ")
	write("world")
	fmt.Println(sb.String())
	fmt.Printf("%T | %T | %T\n", getExpr, incExpr, d)
	counters := []*Counter{{name: "x"}, {name: "y"}}
	var incs []func()
	for _, c := range counters {
		incs = append(incs, c.Inc)
	}
	apply(incs, 2)
	fmt.Println(*counters[0], *counters[1])
}
