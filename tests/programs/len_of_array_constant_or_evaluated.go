package main

import "fmt"

func main() {
	ch := make(chan [3]int, 2)
	ch <- [3]int{1, 2, 3}
	ch <- [3]int{4, 5, 6}
	n := len([1][3]int{<-ch}[0])
	fmt.Println(n, len(ch))
	m := len(<-ch)
	fmt.Println(m, len(ch))
	var x any = 1
	fmt.Println(len(x.([4]int)))
	var p *[5]int
	fmt.Println(len(p), cap(p))
	fmt.Println(len([2]int{n, m}))
}
