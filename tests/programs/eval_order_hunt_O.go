package main

import "fmt"

func main() { fmt.Printf("%U\n", -5) }
