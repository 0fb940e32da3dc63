package main

import (
	"fmt"
	"os"
)

func main() {
	b := make([]byte, 5<<20)
	for i := range b {
		b[i] = byte('a' + i%26)
	}
	b[len(b)-1] = '\n'
	n, err := os.Stdout.Write(b)
	fmt.Fprintln(os.Stderr, n, err)
	s := string(b[:3<<20])
	n, err = fmt.Println(s)
	fmt.Fprintln(os.Stderr, n, err)
	n, err = fmt.Fprintf(os.Stdout, "%s|%d\n", s[:1000000], 7)
	fmt.Fprintln(os.Stderr, n, err)
	total := 0
	for i := 0; i < 200000; i++ {
		n, _ := fmt.Printf("%d %s\n", i, "x")
		total += n
	}
	fmt.Fprintln(os.Stderr, "total", total)
}
