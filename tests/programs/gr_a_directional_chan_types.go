package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * 3
	}
	close(out)
}

func consumer(in <-chan int, done chan<- string) {
	total := 0
	count := 0
	for v := range in {
		total += v
		count++
	}
	done <- fmt.Sprintf("consumed %d values, total %d", count, total)
}

func describe(name string, v interface{}) {
	fmt.Printf("%-8s %T\n", name, v)
}

type Pipe struct {
	In  chan<- string
	Out <-chan string
}

func NewPipe() Pipe {
	c := make(chan string, 2)
	return Pipe{In: c, Out: c}
}

func main() {
	ch := make(chan int)
	done := make(chan string)
	go producer(ch, 6)
	go consumer(ch, done)
	fmt.Println(<-done)

	var sendOnly chan<- int = ch
	var recvOnly <-chan int = ch
	describe("bidi", ch)
	describe("send", sendOnly)
	describe("recv", recvOnly)
	describe("done", done)
	describe("nested", make(chan (<-chan int)))
	describe("chanch", make(chan<- chan int))
	describe("struct", make(chan struct{}))
	describe("errs", make(<-chan error))
	describe("pipe", NewPipe())

	p := NewPipe()
	p.In <- "hello"
	p.In <- "world"
	fmt.Println(<-p.Out, <-p.Out)
	fmt.Printf("%v %v\n", sendOnly == nil, recvOnly == nil)

	var i interface{} = recvOnly
	switch c := i.(type) {
	case chan int:
		fmt.Println("bidirectional", c == nil)
	case <-chan int:
		fmt.Println("receive-only", cap(c))
	case chan<- int:
		fmt.Println("send-only")
	}
	_, isBidi := i.(chan int)
	fmt.Println("is bidi:", isBidi)
}
