// probes: method with blank and unnamed receivers and params, inlined
package main

import "fmt"

type T int

func (T) a(int) []int { return append([]int(nil), 1) }

func (_ *T) b(_, y int) []int { return append([]int(nil), y) }

func main() {
	var t T
	fmt.Println(t.a(5), t.b(6, 7), (&t).a(8))
}
