package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Inventory struct {
	sync.Mutex
	stock map[string]int
	log   []string
}

func (inv *Inventory) Add(item string, n int) {
	inv.Lock()
	defer inv.Unlock()
	inv.stock[item] += n
}

func (inv *Inventory) Take(item string, n int) bool {
	inv.Lock()
	defer inv.Unlock()
	if inv.stock[item] < n {
		inv.log = append(inv.log, "short:"+item)
		return false
	}
	inv.stock[item] -= n
	return true
}

type Counter struct {
	sync.RWMutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	c.n[k]++
	c.Unlock()
}

func (c *Counter) Get(k string) int {
	c.RLock()
	defer c.RUnlock()
	return c.n[k]
}

type Server struct {
	Name string
	*Counter
	mu sync.Mutex
	up bool
}

func (s *Server) Toggle() {
	s.mu.Lock()
	s.up = !s.up
	s.mu.Unlock()
}

func main() {
	inv := &Inventory{stock: map[string]int{}}
	var wg sync.WaitGroup
	items := []string{"disk", "ram", "psu", "fan"}
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			inv.Add(items[i%len(items)], i%5+1)
		}(i)
	}
	wg.Wait()
	taken := 0
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if inv.Take("psu", 3) {
				inv.Lock()
				taken++
				inv.Unlock()
			}
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range inv.stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, inv.stock[k])
	}
	fmt.Println()
	fmt.Println("psu taken:", taken, "shortages:", len(inv.log))

	srv := &Server{Name: "lb01", Counter: &Counter{n: map[string]int{}}}
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			srv.Inc([]string{"GET", "POST", "PUT"}[i%3])
			srv.Toggle()
		}(i)
	}
	wg.Wait()
	fmt.Println(srv.Name, "GET", srv.Get("GET"), "POST", srv.Get("POST"), "PUT", srv.Get("PUT"))
	fmt.Println("up after even toggles:", srv.up)
	var l sync.Locker = inv
	l.Lock()
	fmt.Println("locker works:", strings.Repeat("*", len(inv.stock)))
	l.Unlock()
}
