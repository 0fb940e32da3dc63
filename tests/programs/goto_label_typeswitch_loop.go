package main

import "fmt"

func main() {
	var v any = 1
	switch v.(type) {
	case int:
		i := 0
	L:
		if i < 3 {
			i++
			goto L
		}
		fmt.Println(i)
	}
}
