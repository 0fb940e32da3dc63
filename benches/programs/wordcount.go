// Word count with a map[string]int: hashing strings, map growth, string building.
package main

import "fmt"

func main() {
	// A vocabulary of 20,000 words, then 2,000,000 words drawn from it.
	letters := "abcdefghijklmnopqrstuvwxyz"
	vocab := make([]string, 20000)
	seed := uint32(12345)
	next := func() uint32 {
		seed = seed*1664525 + 1013904223
		return seed
	}
	for i := range vocab {
		n := 3 + int(next()%8)
		b := make([]byte, n)
		for j := range b {
			b[j] = letters[next()%26]
		}
		vocab[i] = string(b)
	}
	counts := make(map[string]int)
	for i := 0; i < 2000000; i++ {
		w := vocab[next()%uint32(len(vocab))]
		counts[w]++
	}
	best, bestN := "", 0
	for w, n := range counts {
		if n > bestN || n == bestN && w < best {
			best, bestN = w, n
		}
	}
	fmt.Println(len(counts), best, bestN)
}
