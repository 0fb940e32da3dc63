package main

func f() int { return 1 }

func main() {
	var s chan<- int
	c := make(chan int, 1)
	go int(1)
	go len("a")
	_ = make(chan int, -1)
	_ = make(chan int, 1, 2)
	select {
	case x := <-c:
	case c <- 1:
	case <-s:
	case f():
	default:
	default:
	}
}
