package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("no newline")
	fmt.Fprint(os.Stderr, "err no newline")
	os.Exit(7)
}
