package main

import (
	"fmt"
	"strings"
)

type Message struct {
	Seq  int
	Body string
}

func main() {
	queue := make(chan Message, 5)
	fmt.Printf("initial len=%d cap=%d\n", len(queue), cap(queue))
	for i := 1; i <= 3; i++ {
		queue <- Message{Seq: i, Body: strings.Repeat("x", i)}
		fmt.Printf("after send %d: len=%d cap=%d\n", i, len(queue), cap(queue))
	}
	m := <-queue
	fmt.Printf("took %+v, len now %d\n", m, len(queue))

	done := make(chan []string)
	go func() {
		var log []string
		for msg := range queue {
			log = append(log, fmt.Sprintf("%d:%s", msg.Seq, msg.Body))
		}
		done <- log
	}()
	for i := 4; i <= 10; i++ {
		queue <- Message{Seq: i, Body: strings.Repeat("y", i%4)}
	}
	close(queue)
	log := <-done
	fmt.Println("consumed:", len(log))
	fmt.Println(strings.Join(log, ", "))
	fmt.Printf("after close: len=%d cap=%d\n", len(queue), cap(queue))

	// Fill completely and drain after close.
	full := make(chan int, 4)
	for i := 0; i < cap(full); i++ {
		full <- i * 10
	}
	fmt.Println("full:", len(full) == cap(full))
	close(full)
	for v := range full {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-full
	fmt.Println("from closed empty:", v, ok)

	var unbuf chan string = make(chan string)
	fmt.Printf("unbuffered len=%d cap=%d\n", len(unbuf), cap(unbuf))
	var nilch chan int
	fmt.Printf("nil chan len=%d cap=%d nil=%v\n", len(nilch), cap(nilch), nilch == nil)
}
