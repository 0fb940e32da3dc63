package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := [4]int{}
	for i := 0; i < 3000; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			counts[0]++
			<-b
			<-c
		case <-b:
			counts[1]++
			<-a
			<-c
		case <-c:
			counts[2]++
			<-a
			<-b
		}
	}
	fmt.Println("total:", counts[0]+counts[1]+counts[2])
	fair := counts[0] > 300 && counts[1] > 300 && counts[2] > 300
	fmt.Println("recv fair:", fair)
	s1 := make(chan int, 1)
	s2 := make(chan int, 1)
	var sends [2]int
	for i := 0; i < 2000; i++ {
		select {
		case s1 <- i:
			sends[0]++
			<-s1
		case s2 <- i:
			sends[1]++
			<-s2
		}
	}
	fmt.Println("send fair:", sends[0] > 200 && sends[1] > 200, sends[0]+sends[1])
	done := make(chan struct{})
	close(done)
	data := make(chan int, 1)
	var mix [2]int
	for i := 0; i < 1000; i++ {
		data <- i
		select {
		case <-done:
			mix[0]++
			<-data
		case <-data:
			mix[1]++
		}
	}
	fmt.Println("closed vs data fair:", mix[0] > 100 && mix[1] > 100)
}
