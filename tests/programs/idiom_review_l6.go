package main

import "fmt"

type T struct{ arr [5]int }

func main() {
	var p *T
	fmt.Println(len(p.arr), cap(&p.arr))
	m := map[int][3]int{}
	fmt.Println(len(m[1]))
	var pp **[4]int
	fmt.Println(len(*pp))
}
