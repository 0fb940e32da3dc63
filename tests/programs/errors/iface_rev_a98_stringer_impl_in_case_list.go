package main

import "fmt"

type T struct{}

func (*T) String() string { return "" }

func main() {
	var s fmt.Stringer
	switch v := s.(type) {
	case T:
		_ = v
	case *T, nil:
		_ = v
	}
}
