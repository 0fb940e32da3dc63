package main

import "fmt"

func lastThree() [3]int { return [3]int{7, 8, 9} }

type Block struct {
	Data [4]byte
}

func load() Block { return Block{} }

func main() {
	s := lastThree()[1:]
	b := load().Data[:2]
	fmt.Println(s, b)
}
