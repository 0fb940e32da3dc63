package main

import "fmt"

func pick(v any) {
	var s []int
	switch x := v.(type) {
	case string:
		return
	case int:
		s = append(s, x)
	}
	fmt.Println(len(s), cap(s))
}

func main() { pick(4) }
