// probes: panic(nil) inside an inlined helper: Go 1.21+ turns it into a *runtime.PanicNilError
package main

import "fmt"

func maybe(v int) []int {
	s := append([]int(nil), v)
	if v == 0 {
		panic(nil)
	}
	return s
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	fmt.Println(maybe(1))
	fmt.Println(maybe(0))
}
