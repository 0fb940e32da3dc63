package main

import "fmt"

func f() (r int) {
	it := func(yield func(int) bool) {
		yield(1)
		fmt.Println("iterator sees r =", r)
	}
	for x := range it {
		return x + 4
	}
	return 0
}

func main() { fmt.Println(f()) }
