package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func pad(s string, w int) string {
	for len(s) < w {
		s = " " + s
	}
	return s
}

func main() {
	fmt.Println(repeat("ab", 5))
	for i := 1; i <= 1000; i *= 10 {
		fmt.Println(pad(fmt.Sprint(i), 6) + "|")
	}
	long := repeat("x", 100000)
	fmt.Println(len(long))
}
