package main

import "fmt"

func get() *[3]int { fmt.Println("called"); return nil }

func main() {
	fmt.Println(len(get()))
	a := []int{1}
	fmt.Println(len([2]int{min(a[0], 5)}))
	var p *[4]int
	fmt.Println(len([1][4]int{*p}[0]))
}
