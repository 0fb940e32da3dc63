package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 100000; i++ {
		_, err := fmt.Println("line", i)
		if err != nil {
			fmt.Fprintln(os.Stderr, "err:", err)
			os.Exit(3)
		}
	}
	fmt.Fprintln(os.Stderr, "done")
}
