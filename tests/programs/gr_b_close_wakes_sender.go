package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v, ok := <-ch
			mu.Lock()
			got = append(got, fmt.Sprintf("receiver woke: %d %v", v, ok))
			mu.Unlock()
		}(i)
	}
	time.Sleep(20 * time.Millisecond)
	close(ch)
	wg.Wait()
	sort.Strings(got)
	for _, g := range got {
		fmt.Println(g)
	}
	sc := make(chan string)
	go func() {
		fmt.Println("sender blocking")
		sc <- "never received"
		fmt.Println("unreachable in sender")
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main closes channel with a blocked sender")
	close(sc)
	time.Sleep(200 * time.Millisecond)
	fmt.Println("unreachable in main")
}
