package main

import (
	"fmt"
	"os"
	"time"
)

type myErr struct {
	code int
	msg  string
}

func (e *myErr) Error() string { return fmt.Sprintf("myErr %d: %s", e.code, e.msg) }

func worker(id int, results chan<- string) {
	if id == 3 {
		time.Sleep(30 * time.Millisecond)
		panic(&myErr{code: 42, msg: "worker exploded"})
	}
	results <- fmt.Sprintf("worker %d ok", id)
}

func main() {
	results := make(chan string, 10)
	for i := 1; i <= 5; i++ {
		go worker(i, results)
	}
	got := map[string]bool{}
	for i := 0; i < 4; i++ {
		got[<-results] = true
	}
	for i := 1; i <= 5; i++ {
		fmt.Println(i, got[fmt.Sprintf("worker %d ok", i)])
	}
	os.Stdout.Sync()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("unreachable")
}
