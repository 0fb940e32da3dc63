package main

import "fmt"

func f() int { panic("f") }

func main() {
	defer func() { fmt.Println(recover()) }()
	a := [][]int{{1}}
	a[5][0] += f()
	fmt.Println(a)
}
