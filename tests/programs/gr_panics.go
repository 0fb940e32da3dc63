package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		var re interface{ RuntimeError() }
		fmt.Println(name, "->", r, isErr && errors.As(err, &re))
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan string
		close(c)
	})
	try("negative buffer", func() {
		n := -1
		_ = make(chan int, n)
	})
	c := make(chan int, 2)
	c <- 1
	close(c)
	v, ok := <-c
	w, ok2 := <-c
	fmt.Println(v, ok, w, ok2, len(c), cap(c))
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case x, ok := <-c:
		fmt.Println("closed recv", x, ok)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { fmt.Println("goroutine recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
	<-done
	fmt.Println("end")
}
