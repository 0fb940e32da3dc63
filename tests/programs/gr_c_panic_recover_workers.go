package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"sync"
)

type task struct {
	id    int
	input string
}

func process(t task) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("task %d panicked: %v", t.id, r)
		}
	}()
	fields := strings.Split(t.input, ",")
	idx := len(fields) - 3
	if t.input == "nilmap" {
		var m map[string]int
		m["x"] = 1
	}
	if t.input == "custom" {
		panic(errors.New("custom error value"))
	}
	return strings.ToUpper(fields[idx]), nil
}

func main() {
	logger := log.New(os.Stdout, "worker: ", 0)
	tasks := []task{{1, "a,b,c"}, {2, "x"}, {3, "p,q,r,s"}, {4, "nilmap"}, {5, "custom"}, {6, "one,two,three"}}
	results := make(chan string, len(tasks))
	var errs []string
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func(t task) {
			defer wg.Done()
			out, err := process(t)
			if err != nil {
				mu.Lock()
				errs = append(errs, err.Error())
				mu.Unlock()
				return
			}
			results <- fmt.Sprintf("task %d -> %s", t.id, out)
		}(t)
	}
	wg.Wait()
	close(results)
	var outs []string
	for r := range results {
		outs = append(outs, r)
	}
	sort.Strings(outs)
	sort.Strings(errs)
	for _, o := range outs {
		logger.Println(o)
	}
	for _, e := range errs {
		logger.Println("ERR", e)
	}
	// closed channel send panics; recover in goroutine
	ch := make(chan int)
	close(ch)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint(recover()) }()
		ch <- 1
	}()
	fmt.Println("send on closed:", <-res)
	go func() {
		defer func() { res <- fmt.Sprint(recover()) }()
		close(ch)
	}()
	fmt.Println("double close:", <-res)
	v, ok := <-ch
	fmt.Println("recv closed:", v, ok)
	// Unrecovered panic in a goroutine kills the program with exit 2.
	done := make(chan bool)
	go func() {
		var arr []int
		_ = arr[5]
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
