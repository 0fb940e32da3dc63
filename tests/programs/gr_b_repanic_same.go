package main

import (
	"errors"
	"fmt"
	"time"
)

var errBoom = errors.New("boom")

func main() {
	fmt.Println("start")
	steps := make(chan string, 4)
	go func() {
		defer func() {
			r := recover()
			steps <- "recovered once"
			panic(r)
		}()
		steps <- "about to panic"
		panic(errBoom)
	}()
	time.Sleep(50 * time.Millisecond)
	close(steps)
	for s := range steps {
		fmt.Println(s)
	}
	select {}
}
