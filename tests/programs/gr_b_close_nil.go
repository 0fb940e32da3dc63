package main

import "fmt"

type holder struct {
	name string
	ch   chan int
}

func main() {
	hs := []holder{{"a", make(chan int)}, {"b", nil}, {"c", make(chan int, 1)}}
	for _, h := range hs {
		fmt.Printf("%s nil=%v len=%d cap=%d\n", h.name, h.ch == nil, len(h.ch), cap(h.ch))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(hs[1].ch)
	}()
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("goroutine recovered: ", recover()) }()
		var c chan bool
		close(c)
	}()
	fmt.Println(<-res)
	for _, h := range hs {
		fmt.Println("closing", h.name)
		close(h.ch)
	}
}
