// Allocates 64 MiB in 1 KiB pieces, keeping none, and reports whether a collection ran.
package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	for i := 0; i < 64<<10; i++ {
		b := make([]byte, 1024)
		b[0] = 1 // touch its page
		sink = b
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("collected:", m.NumGC > 0)
}
