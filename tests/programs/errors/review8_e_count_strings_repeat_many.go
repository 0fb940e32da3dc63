package main

import "strings"

func main() { _ = strings.Repeat("a", 2, 3) }
