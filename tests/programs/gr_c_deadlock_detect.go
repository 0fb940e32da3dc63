package main

import (
	"fmt"
	"sync"
)

type Account struct {
	sync.Mutex
	name    string
	balance int
}

func transfer(from, to *Account, amt int, wg *sync.WaitGroup) {
	defer wg.Done()
	// lock ordering by name prevents deadlock
	a, b := from, to
	if a.name > b.name {
		a, b = b, a
	}
	a.Lock()
	defer a.Unlock()
	b.Lock()
	defer b.Unlock()
	from.balance -= amt
	to.balance += amt
}

func main() {
	x := &Account{name: "alice", balance: 1000}
	y := &Account{name: "bob", balance: 1000}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go transfer(x, y, 3, &wg)
		go transfer(y, x, 2, &wg)
	}
	wg.Wait()
	fmt.Println("alice:", x.balance, "bob:", y.balance, "sum:", x.balance+y.balance)

	results := make(chan int)
	var wg2 sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			results <- n * n
		}(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)
	wg2.Wait()
	// Bug: waiting for a 4th result that never comes -> runtime deadlock detection.
	fmt.Println("waiting for straggler...")
	fmt.Println(<-results)
}
