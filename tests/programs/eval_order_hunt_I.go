package main

import "fmt"

var n int

func f() int { n = 1; return 0 }

func main() {
	s := []bool{n == 0 && n < 5, f() == 0}
	fmt.Println(s)
}
