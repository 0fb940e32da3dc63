package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle defer runs")
	inner()
	fmt.Println("not reached")
}

func outer() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("outer caught: ", r)
		}
	}()
	middle()
	return "normal"
}

func panicInDefer() (msg string) {
	defer func() {
		msg = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		panic("second panic from defer")
	}()
	panic("first panic")
}

func chain(n int) {
	defer func() {
		r := recover()
		if n > 0 {
			panic(fmt.Sprint(r, "<", n))
		}
		fmt.Println("chain end:", r)
	}()
	if n == 3 {
		panic("start")
	}
	chain(n + 1)
}

func wrapValue() {
	defer func() {
		r := recover()
		if r != nil {
			panic([]any{"wrapped", r})
		}
	}()
	panic(7)
}

func main() {
	fmt.Println(outer())
	fmt.Println(panicInDefer())
	func() {
		defer func() { fmt.Println("top:", recover()) }()
		chain(0)
	}()
	func() {
		defer func() { fmt.Println("wrapped:", recover()) }()
		wrapValue()
	}()
	// Recover, then keep going normally.
	for i := range 3 {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i == 1 {
				panic("only at one")
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}
