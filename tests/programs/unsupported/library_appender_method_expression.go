// A method expression of a library appender: gc resolves the callee as for a function value.
package main

import (
	"fmt"
	"time"
)

func main() {
	af := time.Time.AppendFormat
	t := time.Date(2024, 3, 4, 5, 6, 7, 0, time.UTC)
	var b []byte
	for i := 0; i < 8; i++ {
		b = append(b, 'a'+byte(i))
	}
	x := af(t, b, "2006")
	y := af(t, b, "15:04")
	fmt.Println(string(x), string(y))
}
