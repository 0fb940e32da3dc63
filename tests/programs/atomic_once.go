package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Cache struct {
	once sync.Once
	data map[string]string
	hits int64
}

func (c *Cache) init() {
	c.data = map[string]string{"a": "alpha", "b": "beta"}
}

func (c *Cache) Get(k string) string {
	c.once.Do(c.init)
	atomic.AddInt64(&c.hits, 1)
	return c.data[k]
}

func main() {
	c := &Cache{}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = c.Get("a")
		}()
	}
	wg.Wait()
	fmt.Println(c.Get("b"), atomic.LoadInt64(&c.hits))
}
