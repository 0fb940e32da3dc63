package main

import "fmt"

func Kind[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case T:
		return "T"
	}
	return "?"
}

func main() { fmt.Println(Kind(3), Kind("s")) }
