package main

import "fmt"

func main() {
	f := func(x int) int {
		var v any = x
		switch t := v.(type) {
		case int:
			n := t
		again:
			if n < 10 {
				n *= 2
				goto again
			}
			return n
		}
		return -1
	}
	fmt.Println(f(3), f(1))
}
