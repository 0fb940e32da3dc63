package main

import "fmt"

type P struct{ X int }

func main() {
	var a any = P{1}
	fmt.Println(a.X)
	var n int = a
	fmt.Println(n)
}
