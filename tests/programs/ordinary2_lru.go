package main

import "fmt"

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	order []string
	data  map[string]entry
	hits  int
	miss  int
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, data: make(map[string]entry), order: make([]string, 0, n)}
}

func (c *LRU) touch(k string) {
	for i, o := range c.order {
		if o == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.data[k]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.touch(k)
	return e.value, true
}

func (c *LRU) Put(k string, v int) {
	if _, ok := c.data[k]; !ok && len(c.data) == c.cap {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
		fmt.Println("evict", oldest)
	}
	c.data[k] = entry{k, v}
	c.touch(k)
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.order, len(c.order), cap(c.order))
	fmt.Println(c.Get("a"))
	c.Put("d", 4)
	fmt.Println(c.Get("b"))
	c.Put("e", 5)
	c.Put("a", 10)
	fmt.Println(c.order)
	fmt.Println(c.data)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("%s=%d,%t ", k, v, ok)
	}
	fmt.Println()
	fmt.Printf("hits=%d miss=%d\n", c.hits, c.miss)
	fmt.Printf("%+v\n", c.data["a"])
}
