package main

import "fmt"

func main() {
	var a any
	switch x := a.(type) {
	case fmt.Stringer:
		x.Error()
	case error:
		x.String()
	}
}
