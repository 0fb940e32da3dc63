// probes: helper calling strings.ToUpper (a 57-cost call) plus a []byte conversion: gc inlines it, cap in main
package main

import (
	"fmt"
	"strings"
)

func up(s string) []byte {
	return []byte(strings.ToUpper(s))
}

func main() {
	b := up("abc")
	fmt.Println(string(b), len(b), cap(b))
	c := append(b, 'x')
	d := append(b, 'y')
	fmt.Println(string(c), string(d))
}
