package main

import (
	"fmt"
	"strings"
)

func apply(f func(...any) (int, error), xs ...any) {
	n, err := f(xs...)
	fmt.Println("wrote", n, err)
}

func main() {
	p := fmt.Println
	p("a", 1, true)
	apply(fmt.Print, "x", "y\n")
	apply(fmt.Println, 3.5)
	s := fmt.Sprintf
	fmt.Println(s("%05d|%q", 42, "q"))
	var g func(...any) string = fmt.Sprint
	fmt.Println(g("a", 1, 2, "b"), fmt.Sprintln != nil)
	pf := fmt.Printf
	pf("%s-%d\n", strings.ToUpper("z"), 7)
	defer p("deferred")
	fs := []func(...any) string{fmt.Sprint, fmt.Sprintln}
	for _, f := range fs {
		fmt.Printf("%q\n", f("k", 2))
	}
}
