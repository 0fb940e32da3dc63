package main

import "fmt"

func main() {
	b := append([]byte("abcdefg"), '!')
	t := b
	b = append(b, '?')
	b[0] = 'Z'
	fmt.Println(string(t))
}
