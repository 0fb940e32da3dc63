// probes: panic with a Stringer and with an error value from an inlined helper (what the runtime prints)
package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

func fail(v int) []int {
	s := append([]int(nil), v)
	if v > 1 {
		panic(E{s[0]})
	}
	return s
}

func main() {
	fmt.Println(fail(1))
	fmt.Println(fail(7))
}
