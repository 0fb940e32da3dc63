package main

import "fmt"

func f() { fmt.Println("f") }

func main() {
	defer func() { fmt.Println("rec", recover()) }()
	a := []int{1}
	i := 3
	fmt.Println(len([2]any{func() { f() }, a[i]}))
}
