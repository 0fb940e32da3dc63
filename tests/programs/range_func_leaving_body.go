package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  seq stopped at", i)
				return
			}
		}
	}
}

func pairs(m int) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := 0; i < m; i++ {
			if !yield(i, fmt.Sprint("s", i)) {
				return
			}
		}
	}
}

func outerBreak() {
outer:
	for i := 0; i < 3; i++ {
		for v := range seq(5) {
			if v == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("ob", i, v)
		}
	}
	fmt.Println("after outer")
}

func gotoOut() int {
	n := 0
	for v := range seq(10) {
		n += v
		if n > 5 {
			goto done
		}
	}
	return -1
done:
	return n
}

func deferInBody() (res int) {
	defer func() { fmt.Println("first defer, res", res); res *= 10 }()
	for v := range seq(3) {
		defer func() { fmt.Println("body defer", v); res += v }()
	}
	defer fmt.Println("last defer")
	return 1
}

func deferRecover() (msg string) {
	for v := range seq(2) {
		defer func() {
			if r := recover(); r != nil {
				msg = fmt.Sprint("recovered ", r, " at ", v)
			}
		}()
	}
	var a []int
	_ = a[3]
	return "unreached"
}

func bare() (x int, s string) {
	x, s = 7, "seven"
	for v := range seq(5) {
		if v == 3 {
			x += v
			return
		}
	}
	return 0, "none"
}

func nested() (int, string) {
	for i := range seq(4) {
		for j, s := range pairs(4) {
			if i*j == 6 {
				return i + j, s
			}
		}
	}
	return -1, ""
}

func two() (int, bool) { return 42, true }

func multi() (int, bool) {
	for range seq(3) {
		return two()
	}
	return 0, false
}

func nestedBreak() {
rows:
	for i := range seq(3) {
		for j := range seq(3) {
			if j > i {
				continue rows
			}
			if i == 2 && j == 1 {
				break rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}

func nestedDefer() {
	for i := range seq(2) {
		for j := range seq(2) {
			defer fmt.Println("nested defer", i, j)
		}
	}
	fmt.Println("nestedDefer body done")
}

func main() {
	outerBreak()
	fmt.Println("goto", gotoOut())
	fmt.Println("deferInBody", deferInBody())
	fmt.Println(deferRecover())
	fmt.Println(bare())
	fmt.Println(nested())
	fmt.Println(multi())
	nestedBreak()
	nestedDefer()
	f := func() (r int) {
		for v := range seq(9) {
			if v == 4 {
				r = v * 100
				return
			}
		}
		return
	}
	fmt.Println(f())
}
