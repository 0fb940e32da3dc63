package main

import "fmt"

func main() {
	ch := make(chan [3]int, 2)
	ch <- [3]int{1}
	ch <- [3]int{2}
	fmt.Println(len([1][3]int{<-ch}[0]), len(ch))
	fmt.Println(len(<-ch), len(ch))
}
