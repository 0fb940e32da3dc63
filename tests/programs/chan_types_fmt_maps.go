package main

import "fmt"

func main() {
	c := make(chan int, 3)
	var r <-chan string
	var s chan<- []byte
	fmt.Printf("%T %T %T %v %v\n", c, r, s, r == nil, c != nil)
	m := map[chan int]int{c: 1}
	fmt.Println(m[c], len(m))
	var x any = c
	if cc, ok := x.(chan int); ok {
		cc <- 5
		fmt.Println(<-c)
	}
	type T struct {
		ch chan bool
		n  int
	}
	t := T{n: 1}
	fmt.Printf("%+v\n", t)
}
