package main

import (
	"errors"
	"fmt"
)

func main() {
	e1, e2 := errors.New("e1"), errors.New("e2")
	w := fmt.Errorf("%[2]w %[1]w", e1, e2)
	for _, e := range w.(interface{ Unwrap() []error }).Unwrap() {
		fmt.Println(e)
	}
	w = fmt.Errorf("%w %w %[1]w", e1, e2)
	fmt.Println(len(w.(interface{ Unwrap() []error }).Unwrap()))
}
