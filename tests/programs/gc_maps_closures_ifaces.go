// Maps, closures and interface values built up across many collections keep every entry.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
)

type shape interface{ area() float64 }

type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64    { return r.w * r.h }
func (c *circle) area() float64 { return 3 * c.r * c.r }

func counter(start int) func() int {
	n := start
	return func() int { n++; return n }
}

func main() {
	m := map[string][]int{}
	var fns []func() int
	var shapes []shape
	ifm := map[any]string{}
	for i := 0; i < 5000; i++ {
		k := "k" + strconv.Itoa(i%700)
		m[k] = append(m[k], i)
		if i%7 == 0 {
			delete(m, "k"+strconv.Itoa((i*3)%700))
		}
		if i%50 == 0 {
			fns = append(fns, counter(i))
			shapes = append(shapes, rect{float64(i), 2}, &circle{float64(i % 10)})
			ifm[i] = "int"
			ifm[strconv.Itoa(i)] = "string"
			ifm[rect{1, float64(i)}] = "rect"
		}
		_ = make([]byte, 3000) // garbage
		if i%500 == 0 {
			runtime.GC()
		}
	}
	keys := make([]string, 0, len(m))
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		for _, x := range v {
			total += x
		}
	}
	sort.Strings(keys)
	fmt.Println(len(m), total, keys[:3], keys[len(keys)-1])
	cs := 0
	for _, f := range fns {
		f()
		cs += f()
	}
	a := 0.0
	for _, s := range shapes {
		a += s.area()
	}
	fmt.Println(len(fns), cs, len(shapes), a, len(ifm), ifm[50], ifm["100"], ifm[rect{1, 150}])
}
