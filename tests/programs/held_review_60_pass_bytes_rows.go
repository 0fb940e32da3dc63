package main

import "fmt"

func main() {
	words := []string{"a", "hello", "abcdefghijklmnopqrstuvwxyz0123456789", "go"}
	out := make([][]byte, len(words))
	for i, w := range words {
		var b []byte
		for j := 0; j < len(w); j++ {
			b = append(b, w[len(w)-1-j])
		}
		out[i] = b
	}
	for _, b := range out {
		fmt.Println(string(b), len(b), cap(b))
	}
}
