package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := os.Stdin.Write([]byte("to stdin\n"))
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stdin, "x")
	fmt.Println(n, err)
}
