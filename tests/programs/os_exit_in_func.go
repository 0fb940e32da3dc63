package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("too big:", n)
		os.Exit(42)
	}
}

func main() {
	for i := 0; ; i++ {
		check(i)
		fmt.Println("ok", i)
	}
}
