package main

import "fmt"

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	for i := 0; i < 3; i++ {
		a <- i
		b <- i * 10
	}
	close(a)
	close(b)
	sum, closedSeen := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closedSeen++
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				closedSeen++
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum", sum, "closed", closedSeen, "a nil", a == nil)
	c := make(chan string, 1)
	close(c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		select {
		case c <- "x":
		default:
			fmt.Println("default (wrong)")
		}
	}()
	d := make(chan string)
	fmt.Println("select send on closed with other blocked case")
	select {
	case d <- "never":
	case c <- "boom":
	}
	fmt.Println("unreachable")
}
