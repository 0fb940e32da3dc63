package main

import (
	"errors"
	"fmt"
)

type Greeter interface{ Greet() string }

type English struct{}

func (English) Greet() string { return "hello" }

type Pirate struct{ name string }

func (p *Pirate) Greet() string { return "arr, " + p.name }

func protect(label string, f func()) {
	defer func() {
		r := recover()
		switch x := r.(type) {
		case nil:
			fmt.Println(label, "-> no panic")
		case error:
			var re interface{ RuntimeError() }
			fmt.Println(label, "-> error:", x, "| runtime:", errors.As(x, &re))
		case fmt.Stringer:
			fmt.Println(label, "-> stringer:", x.String())
		case string:
			fmt.Println(label, "-> string:", x)
		default:
			fmt.Printf("%s -> other %T %v\n", label, x, x)
		}
	}()
	f()
}

func main() {
	var g Greeter
	protect("nil interface call", func() { _ = g.Greet() })
	var p *Pirate
	g = p
	protect("nil pointer in interface", func() { _ = g.Greet() })
	g = English{}
	protect("ok call", func() { fmt.Println(g.Greet()) })
	protect("panic(nil)", func() { panic(nil) })
	protect("panic string", func() { panic("plain") })
	protect("panic int", func() { panic(42) })
	protect("panic error", func() { panic(errors.New("custom")) })
	protect("index", func() {
		s := []Greeter{English{}}
		i := 3
		_ = s[i]
	})
	protect("divide", func() {
		z := 0
		fmt.Println(10 / z)
	})
}
