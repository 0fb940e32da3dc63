package main

import (
	"errors"
	"fmt"
)

func tryClose(ch chan string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = errors.New(fmt.Sprint(r))
			}
		}
	}()
	close(ch)
	return nil
}

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	fmt.Println("first close:", tryClose(ch))
	err := tryClose(ch)
	fmt.Println("second close:", err)
	var re interface{ RuntimeError() }
	fmt.Println("is runtime error:", errors.As(err, &re))
	for s := range ch {
		fmt.Println("got", s)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("goroutine closing again")
	}()
	<-done
	close(done)
	fmt.Println("unreachable")
}
