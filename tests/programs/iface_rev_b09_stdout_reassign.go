package main

import (
	"fmt"
	"os"
)

func main() {
	old := os.Stdout
	os.Stdout = os.Stderr
	n, err := fmt.Println("to stderr via Println")
	fmt.Fprintln(old, n, err)
	os.Stdout = nil
	n, err = fmt.Println("nowhere")
	fmt.Fprintln(old, n, err)
	fmt.Fprintf(old, "%T\n", err)
	os.Stdout = os.NewFile(77, "seventy-seven")
	n, err = fmt.Printf("x%d", 1)
	fmt.Fprintln(old, n, err)
	os.Stdout = old
	fmt.Println("back")
}
