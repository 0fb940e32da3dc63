package main

import (
	"errors"
	"fmt"
	"strings"
)

type request struct {
	text  string
	reply chan string
}

type shape interface{ Area() float64 }
type sq struct{ s float64 }

func (q sq) Area() float64 { return q.s * q.s }

func server(reqs <-chan request, quit chan chan struct{}) {
	for {
		select {
		case r := <-reqs:
			r.reply <- strings.ToUpper(r.text)
		case ack := <-quit:
			fmt.Println("server stopping")
			ack <- struct{}{}
			return
		}
	}
}

func main() {
	reqs := make(chan request)
	quit := make(chan chan struct{})
	go server(reqs, quit)
	for _, w := range []string{"hello", "go", "channels"} {
		r := request{w, make(chan string)}
		reqs <- r
		fmt.Println(<-r.reply)
	}
	ack := make(chan struct{})
	quit <- ack
	<-ack
	fmt.Println("server acked")

	fc := make(chan func(int) int, 3)
	fc <- func(x int) int { return x + 1 }
	fc <- func(x int) int { return x * 2 }
	fc <- func(x int) int { return x * x }
	close(fc)
	v := 3
	for f := range fc {
		v = f(v)
	}
	fmt.Println("func pipeline:", v)

	ic := make(chan shape, 2)
	ic <- sq{3}
	ic <- nil
	s := <-ic
	fmt.Printf("%T %.1f\n", s, s.Area())
	fmt.Println("nil iface:", <-ic == nil)

	errc := make(chan error, 3)
	base := errors.New("base")
	go func() {
		errc <- nil
		errc <- fmt.Errorf("wrapped: %w", base)
		errc <- errors.New("other")
		close(errc)
	}()
	for e := range errc {
		fmt.Println("err:", e, errors.Is(e, base))
	}
	cc := make(chan chan chan int, 1)
	inner := make(chan chan int, 1)
	leaf := make(chan int, 1)
	leaf <- 77
	inner <- leaf
	cc <- inner
	fmt.Println("nested:", <-<-<-cc)
}
