package main

func f() int { return 1 }

func main() {
	var r <-chan int
	var s chan<- int
	var x int
	c := make(chan int, 1)
	s <- 1
	<-r
	r <- 1
	<-s
	x <- 1
	<-x
	close(r)
	close(x)
	close(s)
	for v, w := range c {
		_, _ = v, w
	}
	for v := range s {
		_ = v
	}
	c <- "a"
	go f
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
