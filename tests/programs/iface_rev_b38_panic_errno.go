package main

import "syscall"

func main() {
	panic(syscall.Errno(2))
}
