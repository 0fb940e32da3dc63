package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("worker waiting")
		<-c
	}()
	c2 := make(chan int)
	fmt.Println("main waiting")
	<-c2
}
