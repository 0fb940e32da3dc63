package main

import "fmt"

func main() {
	fmt.Println("abc"[5])
}
