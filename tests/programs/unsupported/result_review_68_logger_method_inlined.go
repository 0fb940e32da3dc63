package main

import "fmt"

type Logger struct{}

func (Logger) Dump(xs []int) { fmt.Println(xs) }

var log Logger

func squares(n int) {
	var sq []int
	for i := 1; i <= n; i++ {
		sq = append(sq, i*i)
	}
	log.Dump(sq)
	fmt.Println("len", len(sq), "cap", cap(sq))
}

func main() {
	squares(3)
	squares(6)
}
