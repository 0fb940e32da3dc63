package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("seq exit", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func a() {
S:
	switch {
	case true:
		for x := range seq(3) {
			if x == 1 {
				break S
			}
			fmt.Println("a", x)
		}
		fmt.Println("not here")
	}
	fmt.Println("a done")
}

func b() {
	for i := 0; i < 3; i++ {
		for x := range seq(3) {
			if x == i {
				goto next
			}
			fmt.Println("b", i, x)
		}
		fmt.Println("b loop end", i)
	next:
		fmt.Println("next", i)
	}
}

func c() (n int) {
	defer func() { n += 100 }()
	for x := range seq(5) {
		for y := range seq(5) {
			if y == 2 && x == 1 {
				n = 7
				return
			}
		}
	}
	return 1
}

func d() string {
	r := ""
L:
	for i := range 3 {
		for x := range seq(3) {
			switch {
			case x == 1 && i == 0:
				continue L
			case x == 2:
				break L
			}
			r += fmt.Sprint(i, x, ";")
		}
	}
	return r
}

func e() int {
	f := func() int {
		for x := range seq(4) {
			if x == 2 {
				return x * 3
			}
		}
		return -1
	}
	return f() + 1
}

func main() {
	a()
	b()
	fmt.Println(c())
	fmt.Println(d())
	fmt.Println(e())
}
