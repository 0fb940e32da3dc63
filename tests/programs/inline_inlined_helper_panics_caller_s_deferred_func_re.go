// probes: inlined helper panics, caller's deferred func re-panics with a new value (first stderr line)
package main

import "fmt"

func boom(v int) int {
	s := append([]int(nil), v)
	panic(s[0])
}

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("again ", r))
	}()
	fmt.Println(boom(3))
}
