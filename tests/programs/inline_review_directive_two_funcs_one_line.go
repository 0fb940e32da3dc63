package main

import "fmt"

//go:noinline
func a() int { return 1 }; func c() int { var s []int; s = append(s, a()); return cap(s) }

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c())
	}
}
