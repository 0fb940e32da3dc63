package main

import (
	"errors"
	"fmt"
)

func f() error {
	type E struct{ error }
	return E{errors.New("from f")}
}

func main() {
	type E struct{ error }
	var e E
	fmt.Println(errors.As(f(), &e))
}
