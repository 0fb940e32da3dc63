package main

import "fmt"

func main() {
	fmt.Printf("%d %s\n", []any{nil, 1}, struct{ E error }{})
}
