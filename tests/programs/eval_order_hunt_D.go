package main

import "fmt"

var m = map[string]int{"a": 1}

func f() int { m["a"] = 100; return 0 }

func main() {
	b := []byte("a")
	x := m[string(b)] + f()
	fmt.Println(x)
}
