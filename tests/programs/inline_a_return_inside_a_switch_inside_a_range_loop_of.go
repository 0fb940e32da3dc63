// probes: a return inside a switch inside a range loop of an inlined helper, followed by code in the caller
package main

import "fmt"

func kind(s string) int {
	for _, r := range []rune(s) {
		switch r {
		case 'x':
			return 1
		case 'y':
			return 2
		}
	}
	return 0
}

func main() {
	tot := 0
	for _, s := range []string{"abc", "axy", "yx", ""} {
		k := kind(s)
		tot = tot*10 + k
	}
	fmt.Println(tot)
}
