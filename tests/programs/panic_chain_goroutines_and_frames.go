package main

import (
	"fmt"
	"sync"
)

func worker(wg *sync.WaitGroup, id int) {
	defer wg.Done()
	func() {
		defer func() { recover() }()
		defer func() { panic(fmt.Sprint("second ", id)) }()
		panic(fmt.Sprint("first ", id))
	}()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(&wg, i)
	}
	wg.Wait()
	func() {
		defer func() { fmt.Println("main got", recover()) }()
		defer func() { panic("b") }()
		panic("a")
	}()
	panic("end")
}
