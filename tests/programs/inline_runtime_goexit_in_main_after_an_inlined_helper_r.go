// probes: runtime.Goexit in main after an inlined helper ran, deferred calls run, then fatal error
package main

import (
	"fmt"
	"runtime"
)

func one(v int) []int { return append([]int(nil), v) }

func main() {
	defer fmt.Println("deferred", one(2))
	fmt.Println(one(1))
	runtime.Goexit()
}
