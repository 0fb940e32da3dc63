package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type myInt int
type point struct{ x, y int }

func catch(id int, f func(), out chan<- string) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		out <- fmt.Sprintf("%d: %T | %v | runtime.Error=%v", id, r, r, isRT)
	}()
	f()
}

func main() {
	var np *point
	var iface interface{} = "str"
	zero := 0
	cases := []func(){
		func() { panic(nil) },
		func() { panic(myInt(5)) },
		func() { panic(errors.New("plain error")) },
		func() { _ = 10 / zero },
		func() { _ = iface.(int) },
		func() { _ = np.x },
		func() { panic(point{1, 2}) },
		func() { var a []int; _ = a[:zero+3] },
		func() { panic(fmt.Sprintf("formatted %d", 42)) },
	}
	out := make(chan string, len(cases))
	var wg sync.WaitGroup
	for i, f := range cases {
		wg.Add(1)
		go func() { defer wg.Done(); catch(i, f, out) }()
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	done := make(chan bool)
	go func() {
		panic(myInt(7))
	}()
	<-done
}
