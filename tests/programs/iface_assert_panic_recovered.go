package main

import "fmt"

type Stringer interface{ String() string }
type Num int

func (n Num) String() string { return fmt.Sprintf("Num(%d)", int(n)) }

type Sizer interface{ Size() int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %T\n  %v\n", name, r, r)
			if e, ok := r.(error); ok {
				fmt.Println("  is error:", e.Error())
			}
			if _, ok := r.(interface{ RuntimeError() }); ok {
				fmt.Println("  is runtime.Error")
			}
		}
	}()
	f()
	fmt.Println(name + ": ok")
}

func main() {
	var x any = Num(3)
	try("concrete ok", func() { fmt.Println(x.(Num)) })
	try("wrong concrete", func() { fmt.Println(x.(string)) })
	try("wrong interface", func() { fmt.Println(x.(Sizer).Size()) })
	try("ok interface", func() { fmt.Println(x.(Stringer).String()) })
	var nilAny any
	try("nil to concrete", func() { _ = nilAny.(int) })
	try("nil to interface", func() { _ = nilAny.(Stringer) })
	var s Stringer = Num(1)
	try("iface to concrete ptr", func() { _ = s.(*Num) })
	try("comma ok no panic", func() {
		v, ok := s.(*Num)
		fmt.Println(v, ok)
	})
}
