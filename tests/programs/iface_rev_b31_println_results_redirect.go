package main

import (
	"fmt"
	"os"
)

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		n, err := fmt.Println(i, "é", 3.25, true, nil, []string{"a"})
		if err != nil {
			panic(err)
		}
		total += n
	}
	n1, e1 := fmt.Print("")
	n2, e2 := fmt.Printf("")
	fmt.Fprintln(os.Stderr, total, n1, e1, n2, e2)
}
