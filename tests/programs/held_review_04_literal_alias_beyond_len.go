package main

import "fmt"

func main() {
	var a []int
	a = append(a, 7)
	d := [][]int{a}
	a = append(a, 8)
	full := d[0][:cap(d[0])]
	fmt.Println(len(full), full[0])
	if len(full) > 1 {
		fmt.Println(full[1])
	}
}
