package main

import "strconv"

func main() { _ = strconv.Itoa(1, 2) }
