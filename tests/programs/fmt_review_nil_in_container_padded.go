package main

import "fmt"

func main() {
	// gc writes "<nil>" for a nil interface element of a slice, array, map or struct
	// without padding or truncating it (printValue's reflect.Interface case)
	fmt.Printf("%8g|%-8v|%.2s|%5d|\n", []any{nil}, []any{nil, 2}, []any{nil}, []any{nil})
	fmt.Printf("%.2v|%6v|%.1q|\n", map[string]any{"a": nil}, [1]any{}, struct{ A any }{})
	fmt.Printf("%6d|\n", []error{nil})
}
