package main

import "fmt"

func main() {
	scores := []int{90, 80}
	p := &scores[0]
	fmt.Println(p[1])
	arr := [2]int{1, 2}
	pa := &arr
	fmt.Println(pa[1])
	ps := &scores
	fmt.Println(ps[0])
}
