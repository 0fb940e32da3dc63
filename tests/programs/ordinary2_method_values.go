package main

import (
	"fmt"
	"strings"
)

type Greeter struct {
	Greeting string
	count    int
}

func (g Greeter) Greet(name string) string { return g.Greeting + ", " + name + "!" }
func (g *Greeter) Count(name string) string {
	g.count++
	return fmt.Sprintf("%s #%d", name, g.count)
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*1.8 + 32 }

func apply(names []string, f func(string) string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = f(n)
	}
	return out
}

func main() {
	g := Greeter{Greeting: "Hello"}
	hello := g.Greet
	g.Greeting = "Bye"
	fmt.Println(hello("Ann"), g.Greet("Ann"))
	names := []string{"a", "b", "c"}
	fmt.Println(apply(names, hello))
	counter := g.Count
	fmt.Println(apply(names, counter), g.count)
	expr := Greeter.Greet
	fmt.Println(expr(Greeter{"Hi", 0}, "Bob"))
	pexpr := (*Greeter).Count
	fmt.Println(pexpr(&g, "z"), g.count)
	conv := Celsius.Fahrenheit
	for _, c := range []Celsius{-40, 0, 100} {
		fmt.Print(conv(c), " ")
	}
	fmt.Println()
	upper := strings.ToUpper
	fmt.Println(apply(names, upper))
	fmt.Printf("%T\n%T\n", expr, pexpr)
	var b strings.Builder
	write := b.WriteString
	write("abc")
	write("def")
	fmt.Println(b.String())
	fns := []func() int{}
	type acc struct{ n int }
	a := &acc{}
	inc := func() int { a.n++; return a.n }
	fns = append(fns, inc, inc, func() int { return a.n * 100 })
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
