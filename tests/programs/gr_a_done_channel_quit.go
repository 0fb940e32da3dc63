package main

import (
	"fmt"
	"sync"
	"time"
)

type Service struct {
	name string
	quit chan struct{}
	done chan struct{}
	ops  int
}

func NewService(name string) *Service {
	return &Service{name: name, quit: make(chan struct{}), done: make(chan struct{})}
}

func (s *Service) Run(work <-chan int) {
	defer close(s.done)
	for {
		select {
		case <-s.quit:
			fmt.Printf("%s: received quit after %d ops\n", s.name, s.ops)
			return
		case n, ok := <-work:
			if !ok {
				fmt.Printf("%s: work closed after %d ops\n", s.name, s.ops)
				return
			}
			s.ops += n
		}
	}
}

func (s *Service) Stop() {
	close(s.quit)
	<-s.done
}

func main() {
	work := make(chan int)
	svc := NewService("indexer")
	go svc.Run(work)
	for i := 1; i <= 5; i++ {
		work <- i
	}
	svc.Stop()
	fmt.Println("indexer stopped, ops =", svc.ops)

	work2 := make(chan int, 3)
	svc2 := NewService("mailer")
	work2 <- 7
	work2 <- 8
	close(work2)
	go svc2.Run(work2)
	<-svc2.done
	fmt.Println("mailer finished, ops =", svc2.ops)

	// Broadcast quit to many goroutines by closing one channel.
	quit := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			ticker := time.NewTicker(time.Millisecond)
			defer ticker.Stop()
			for {
				select {
				case <-quit:
					mu.Lock()
					stopped++
					mu.Unlock()
					return
				case <-ticker.C:
				}
			}
		}(i)
	}
	time.Sleep(20 * time.Millisecond)
	close(quit)
	wg.Wait()
	fmt.Println("goroutines stopped:", stopped)
	_, open := <-quit
	fmt.Println("quit channel open:", open)
}
