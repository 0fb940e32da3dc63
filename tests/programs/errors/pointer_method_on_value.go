package main

import "fmt"

type Counter struct {
	N int
}

func (c *Counter) Inc() { c.N++ }

func make3() Counter { return Counter{3} }

func main() {
	make3().Inc()
	Counter{1}.Inc()
	c := Counter{}
	c.Inc()
	fmt.Println(c)
}
