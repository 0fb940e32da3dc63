package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		panic("boom in goroutine")
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("not reached")
}
