package main

import "fmt"

func fsa() (string, any) { return "%v\n", 3 }

func main() {
	fmt.Printf(fsa())
}
