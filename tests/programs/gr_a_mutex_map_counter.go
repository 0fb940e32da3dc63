package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func (c *SafeCounter) Keys() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]string, 0, len(c.v))
	for k := range c.v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

const logData = `GET /index.html 200
POST /api/login 401
GET /index.html 200
GET /about 404
POST /api/login 200
GET /index.html 500
DELETE /api/item/3 204
GET /about 200`

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
			if i%3 == 0 {
				c.Inc("fizz")
			}
		}()
	}
	wg.Wait()
	fmt.Println("somekey:", c.Value("somekey"), "fizz:", c.Value("fizz"))

	status := SafeCounter{v: map[string]int{}}
	paths := SafeCounter{v: map[string]int{}}
	for _, line := range strings.Split(logData, "\n") {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			f := strings.Fields(line)
			status.Inc(f[2])
			paths.Inc(f[0] + " " + f[1])
		}(line)
	}
	wg.Wait()
	for _, k := range status.Keys() {
		fmt.Printf("status %s: %d\n", k, status.Value(k))
	}
	for _, k := range paths.Keys() {
		fmt.Printf("%-20s %d\n", k, paths.Value(k))
	}

	// Delete under lock concurrently.
	for _, k := range paths.Keys() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			paths.mu.Lock()
			if strings.HasPrefix(k, "GET") {
				delete(paths.v, k)
			}
			paths.mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("remaining:", paths.Keys(), len(paths.v))
}
