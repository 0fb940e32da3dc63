package main

import "fmt"

func pick(c chan int) {
	var s []int
	select {
	case <-c:
		return
	default:
		s = append(s, 1)
	}
	fmt.Println(len(s), cap(s))
}

func main() { pick(make(chan int)) }
