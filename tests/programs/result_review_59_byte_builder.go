package main

import "fmt"

func digits(n int) []byte {
	var b []byte
	for n > 0 {
		b = append(b, byte('0'+n%10))
		n /= 10
	}
	return b
}

func repeat(c byte, n int) []byte {
	var b []byte
	for i := 0; i < n; i++ {
		b = append(b, c)
	}
	if n > 1000 {
		fmt.Println("long", n, n*2, n*3, n*4, n*5)
		fmt.Println("long", n, n*2, n*3, n*4, n*5)
		fmt.Println("long", n, n*2, n*3, n*4, n*5)
	}
	return b
}

func main() {
	for _, n := range []int{7, 12345, 123456789, 1234567890123} {
		d := digits(n)
		fmt.Println(string(d), len(d), cap(d))
	}
	for _, n := range []int{1, 5, 9, 17, 33, 40} {
		r := repeat('x', n)
		fmt.Println(n, len(r), cap(r))
	}
}
