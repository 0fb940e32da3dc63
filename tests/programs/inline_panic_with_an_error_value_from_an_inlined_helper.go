// probes: panic with an error value from an inlined helper, unrecovered: first stderr line and exit code
package main

import (
	"errors"
	"fmt"
)

func must(s string) []byte {
	b := []byte(s)
	if len(b) == 0 {
		panic(errors.New("empty input"))
	}
	return b
}

func main() {
	fmt.Println(len(must("abc")))
	fmt.Println(len(must("")))
}
