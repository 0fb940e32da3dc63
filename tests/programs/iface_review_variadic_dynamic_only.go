package main

import "fmt"

type T struct{}

func (T) Sum(xs ...int) int { return len(xs) }

func main() {
	var a any = T{}
	_, ok1 := a.(interface{ Sum(...int) int })
	_, ok2 := a.(interface{ Sum([]int) int })
	fmt.Println(ok1, ok2)
}
