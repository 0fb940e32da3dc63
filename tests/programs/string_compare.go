package main

import "fmt"

func cmp(a, b string) {
	fmt.Println(a < b, a <= b, a > b, a >= b, a == b)
}

func main() {
	cmp("a", "b")
	cmp("abc", "ab")
	cmp("", "a")
	cmp("same", "same")
	cmp("Z", "a")
	cmp("héllo", "hello")
}
