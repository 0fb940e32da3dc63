package main

import "fmt"

type Frame struct {
	Name  string
	Depth int
}

var stack []Frame

func push(name string, d int) { stack = append(stack, Frame{name, d}) }

func pop() {
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Printf("unwinding %s at depth %d (remaining %d)\n", top.Name, top.Depth, len(stack))
}

func depth(n int, fail bool) int {
	push(fmt.Sprint("depth", n), n)
	defer pop()
	if n == 0 {
		if fail {
			panic(404)
		}
		return 1
	}
	return depth(n-1, fail) * 2
}

func tryDepth(n int) (res int, code any) {
	defer func() { code = recover() }()
	return depth(n, n%2 == 1), nil
}

func main() {
	defer func() {
		fmt.Println("main's deferred closure, recover not called")
	}()
	defer fmt.Println("stack at exit:", len(stack))

	for _, n := range []int{2, 1} {
		res, code := tryDepth(n)
		fmt.Println("tryDepth", n, "->", res, code)
	}
	fmt.Println("stack after recovered runs:", len(stack))

	fmt.Println("final run without recover")
	depth(3, true)
	fmt.Println("unreachable")
}
