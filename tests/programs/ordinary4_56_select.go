package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
		if i%2 == 1 {
			fmt.Println("received", <-ch)
		}
	}
	empty := make(chan string)
	select {
	case m := <-empty:
		fmt.Println("got", m)
	default:
		fmt.Println("no message")
	}
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 5; i++ {
			data <- i * 100
		}
		quit <- true
	}()
	total := 0
loop:
	for {
		select {
		case v := <-data:
			total += v
			fmt.Println("data", v)
		case <-quit:
			break loop
		}
	}
	fmt.Println("total", total)
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	ping, pong := make(chan int), make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for range 5 {
		ping <- v
		v = <-pong
		fmt.Print(v, " ")
	}
	close(ping)
	_, ok := <-pong
	wg.Wait()
	fmt.Println(ok)
	closed := make(chan int)
	close(closed)
	n := 0
	for range 3 {
		select {
		case x, ok := <-closed:
			fmt.Println("closed recv", x, ok)
			n++
		}
	}
	fmt.Println(n)
	res := make(chan [2]int, 10)
	var wg2 sync.WaitGroup
	for i := range 10 {
		wg2.Go(func() { res <- [2]int{i, i * i} })
	}
	wg2.Wait()
	close(res)
	arr := make([]int, 10)
	for r := range res {
		arr[r[0]] = r[1]
	}
	fmt.Println(arr)
}
