package main

import "fmt"

func main() {
	var p *[4]int
	fmt.Println(len([1][4]int{*p}[0]))
	fmt.Println(len([1][4]int{[4]int(*p)}[0]))
	type A [4]int
	fmt.Println(len(A(*p)), len((*A)(p)))
}
