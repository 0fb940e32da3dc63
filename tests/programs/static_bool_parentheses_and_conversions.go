package main

import (
	"fmt"
	"os"
)

const debug = false

type B bool

func a() {
	var s []int
	s = append(s, 1)
	if (len(os.Args) > 5 && debug) {
		fmt.Println(s)
	}
	fmt.Println(len(s), cap(s))
}

func b() {
	var s []int
	s = append(s, 1)
	if !(len(os.Args) > 5 && debug) {
	} else {
		fmt.Println(s)
	}
	fmt.Println(len(s), cap(s))
}

func c() {
	var s []int
	s = append(s, 1)
	if B(len(os.Args) > 5 && debug) {
		fmt.Println(s)
	}
	fmt.Println(len(s), cap(s))
}

func d() {
	var s []int
	s = append(s, 1)
	if !(len(os.Args) > 5) && debug {
		fmt.Println(s)
	}
	fmt.Println(len(s), cap(s))
}

func e() {
	var s []int
	s = append(s, 1)
	if len(os.Args) > 5 && (debug) {
		fmt.Println(s)
	}
	fmt.Println(len(s), cap(s))
}

func f() {
	var s []int
	s = append(s, 1)
	if len(os.Args) > 5 && (debug || len(os.Args) > 6 && false) {
		fmt.Println(s)
	}
	fmt.Println(len(s), cap(s))
}

func g() {
	var s []int
	s = append(s, 1)
	ok := len(os.Args) > 5
	if ok && !!debug {
		fmt.Println(s)
	}
	for ok || true {
		break
	}
	fmt.Println(len(s), cap(s))
}

func main() { a(); b(); c(); d(); e(); f(); g() }
