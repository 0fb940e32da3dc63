package main

import "fmt"

func g() {
	defer func() {
		r := recover()
		fmt.Println("g recovered:", r)
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func main() {
	defer func() {
		defer func() { fmt.Println("deep:", recover()) }()
		panic("in main's defer")
	}()
	g()
}
