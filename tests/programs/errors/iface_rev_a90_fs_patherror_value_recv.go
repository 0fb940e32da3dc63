package main

import "io/fs"

func main() {
	var e error = fs.PathError{}
	_ = e
}
