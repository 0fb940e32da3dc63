package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("seq done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("seq stop", n, i)
				return
			}
		}
	}
}

func pairs(yield func(int, string) bool) {
	_ = yield(1, "a") && yield(2, "b") && yield(3, "c")
}

func a() (r int) {
	defer func() { fmt.Println("a defer1", r); r *= 2 }()
	for x := range seq(5) {
		defer func() { fmt.Println("a body defer", x, r); r++ }()
		if x == 2 {
			return x * 10
		}
	}
	defer fmt.Println("not reached")
	return -1
}

func b() int {
	n := 0
Outer:
	for i := range 3 {
		for x := range seq(4) {
			for y := range seq(4) {
				if y == 1 {
					continue Outer
				}
				if x == 2 {
					break Outer
				}
				n += i*100 + x*10 + y
			}
		}
	}
	return n
}

func c() {
	i := 0
L:
	i++
	for x := range seq(3) {
		if x == 1 && i < 3 {
			goto L
		}
	}
	fmt.Println("c", i)
}

func d() (s string) {
	for k, v := range pairs {
		for x := range seq(3) {
			if k == 2 && x == 1 {
				s = fmt.Sprint(k, v, x)
				return
			}
		}
	}
	return "none"
}

func e() {
	defer func() { fmt.Println("e recovered", recover()) }()
	for x := range seq(3) {
		defer func() { fmt.Println("e body defer", x) }()
		if x == 1 {
			panic("boom")
		}
	}
}

func f() {
	for x := range seq(3) {
		defer func() {
			r := recover()
			fmt.Println("f body defer recover", x, r)
		}()
		if x == 1 {
			panic("fboom")
		}
	}
}

func g() (int, string) {
	for x := range seq(3) {
		if x == 1 {
			return pairsv()
		}
	}
	return 0, ""
}
func pairsv() (int, string) { return 7, "seven" }

func main() {
	fmt.Println(a())
	fmt.Println(b())
	c()
	fmt.Println(d())
	e()
	f()
	fmt.Println("after f")
	fmt.Println(g())
}
