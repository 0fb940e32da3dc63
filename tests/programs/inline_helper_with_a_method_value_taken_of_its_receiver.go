// probes: helper with a method value taken of its receiver param, called in a loop in main
package main

import "fmt"

type C struct{ log []int }

func (c *C) add(v int) { c.log = append(c.log, v) }

func fill(c *C, n int) int {
	f := c.add
	for i := range n {
		f(i)
	}
	return len(c.log)
}

func main() {
	var c C
	fmt.Println(fill(&c, 2), fill(&c, 3), c.log)
}
