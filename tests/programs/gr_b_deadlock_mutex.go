package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu  sync.Mutex
	bal int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.bal += n
}

func (a *account) audit() {
	a.mu.Lock()
	fmt.Println("auditing, balance", a.bal)
	a.deposit(0)
	a.mu.Unlock()
}

func main() {
	acc := &account{}
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acc.deposit(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance", acc.bal)
	var rw sync.RWMutex
	rw.RLock()
	go func() {
		rw.Lock()
	}()
	acc.audit()
}
