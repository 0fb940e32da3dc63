package main

import "os"

func main() {
	os.Stdout.Write("x")
	os.Stdout.WriteString([]byte("x"))
	var n int = os.Stdout.Name()
	var f uintptr = os.Stdout.Fd
	os.Stdout = os.Stdin.Name()
	_, _ = n, f
}
