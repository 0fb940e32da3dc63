package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func deferer(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator recovered", r)
	}()
	yield(1)
	yield(2)
}

func a() {
	defer fmt.Println("a first")
	for x := range seq(2) {
		defer fmt.Println("a body", x)
	}
	defer fmt.Println("a last")
	func() {
		for x := range seq(2) {
			defer fmt.Println("lit body", x)
			for y := range seq(2) {
				defer fmt.Println("lit inner", x, y)
			}
		}
		fmt.Println("lit end")
	}()
	fmt.Println("a end")
}

func b() (r int) {
	defer func() { fmt.Println("b recovered:", recover(), r) }()
	for x := range deferer {
		fmt.Println("b body", x)
		if x == 2 {
			panic("in body")
		}
	}
	return 5
}

func c() int {
	for x := range deferer {
		if x == 1 {
			return 10
		}
	}
	return 5
}

func main() {
	a()
	fmt.Println(b())
	fmt.Println(c())
}
