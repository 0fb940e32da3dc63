package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 1; i <= 3; i++ {
		ch <- i * 7
	}
	fmt.Println("len/cap before close:", len(ch), cap(ch))
	close(ch)
	fmt.Println("len/cap after close:", len(ch), cap(ch))
	for i := 0; i < 5; i++ {
		v, ok := <-ch
		fmt.Println("recv", v, ok, "len", len(ch))
	}
	var nilch chan string
	fmt.Println("nil len/cap:", len(nilch), cap(nilch))
	fmt.Printf("nil chan %%v: %v\n", nilch)
	fmt.Println("nil chan Println:", nilch)
	var ro <-chan float64
	fmt.Printf("nil recv-only: %v %T\n", ro, ro)
	sc := make(chan string, 4)
	sc <- "x"
	sc <- "y"
	close(sc)
	for s := range sc {
		fmt.Println("range got", s)
	}
	fmt.Println("range over closed drained chan again:")
	for s := range sc {
		fmt.Println("never", s)
	}
	nb := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case nb <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("send would block", i)
		}
	}
	for i := 0; i < 2; i++ {
		select {
		case v := <-nb:
			fmt.Println("received", v)
		default:
			fmt.Println("recv would block")
		}
	}
	close(nb)
	select {
	case v, ok := <-nb:
		fmt.Println("closed select recv", v, ok)
	default:
		fmt.Println("default on closed (wrong)")
	}
	ec := make(chan error, 1)
	close(ec)
	e, ok := <-ec
	fmt.Println("zero error:", e, ok, e == nil)
	type pt struct{ X, Y int }
	pc := make(chan pt)
	close(pc)
	p, ok := <-pc
	fmt.Printf("zero struct: %+v %v\n", p, ok)
}
