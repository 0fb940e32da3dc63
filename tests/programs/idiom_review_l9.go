package main

import "fmt"

func main() {
	var p *[4]int
	fmt.Println(len([1]int{len(*p)}))
	var s []int
	fmt.Println(len([1]int{len(s[3:])}))
}
