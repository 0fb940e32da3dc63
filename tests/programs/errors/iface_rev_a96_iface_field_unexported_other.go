package main

import "io/fs"

func main() {
	p := fs.PathError{"op", "path", nil, 4}
	q := fs.PathError{Op: 1}
	_, _ = p, q
}
