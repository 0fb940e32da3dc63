package main

import "fmt"

var n int

func f() int { n = 1; return 0 }

func main() {
	fmt.Println(n == 0, byte(n), [1]byte{byte(n)}, f())
}
