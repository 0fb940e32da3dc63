// probes: promoted method through an embedded struct (value and pointer), inlined
package main

import "fmt"

type Inner struct{ log []int }

func (in *Inner) note(v int) { in.log = append(in.log, v) }

func (in Inner) peek() []int { return append([]int(nil), in.log...) }

type Outer struct {
	Inner
	name string
}

func main() {
	var o Outer
	o.note(1)
	o.note(2)
	p := o.peek()
	p[0] = 99
	fmt.Println(o.log, p, o.name == "")
}
