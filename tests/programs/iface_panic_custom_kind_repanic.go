package main

import "fmt"

type ExitCode int

type Reason string

func step(n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("step %d recovered %v (%T)\n", n, r, r)
			if code, ok := r.(ExitCode); ok && code > 1 {
				fmt.Println("re-panicking with reason")
				panic(Reason(fmt.Sprint("code ", int(code), " too high")))
			}
		}
	}()
	if n > 0 {
		panic(ExitCode(n))
	}
	fmt.Println("step", n, "fine")
}

func main() {
	step(0)
	step(1)
	var v any = Reason("x")
	switch r := v.(type) {
	case Reason:
		fmt.Println("reason:", r, len(r))
	}
	step(2)
	fmt.Println("unreachable")
}
