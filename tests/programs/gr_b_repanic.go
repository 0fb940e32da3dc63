package main

import (
	"fmt"
	"time"
)

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
		panic(r)
	}
}

func main() {
	res := make(chan string)
	go func() {
		defer func() {
			r := recover()
			res <- fmt.Sprint("outer got: ", r)
		}()
		defer cleanup("inner")
		panic("first")
	}()
	fmt.Println(<-res)
	go func() {
		defer func() {
			recover()
			panic("second value")
		}()
		panic("original")
	}()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("unreachable")
}
