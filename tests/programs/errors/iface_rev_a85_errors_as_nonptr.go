package main

import (
	"errors"
	"io/fs"
)

func main() {
	var e error
	var pe *fs.PathError
	_ = errors.As(e, pe)
	_ = errors.Is(e, "x")
	_ = errors.Join(e, "x")
}
