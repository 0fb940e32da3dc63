package main

import "fmt"

func main() {
	// a comment is checked too: ÿþ
	fmt.Println("latin-1 été")
}
