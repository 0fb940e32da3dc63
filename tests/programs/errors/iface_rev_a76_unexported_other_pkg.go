package main

import "io/fs"

type I interface{ Error() string; Unwrap() error; x() }

func main() {
	var i I = &fs.PathError{}
	_ = i
}
