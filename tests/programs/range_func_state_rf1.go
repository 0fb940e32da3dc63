package main

import "fmt"

func iter(yield func(int) bool) {
	yield(1)
	panic("iter panics")
}

func f() (r int) {
	defer func() { fmt.Println("recovered", recover(), r) }()
	for x := range iter {
		return 42 + x
	}
	return 0
}

func g() int {
	defer func() { recover() }()
	for x := range iter {
		return 42 + x
	}
	return 0
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
}
