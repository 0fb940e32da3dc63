package main

import "fmt"

func Drain[C ~chan E | ~<-chan E, E any](c C) (r []E) {
	for v := range c {
		r = append(r, v)
	}
	return
}

func main() {
	c := make(chan int, 1)
	c <- 1
	close(c)
	fmt.Println(Drain(c))
}
