package main

import "fmt"

func kind(x any) string {
	switch v := x.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func main() {
	fmt.Println(kind(1))
}
