package main

import "strings"

func three() ([]string, string, int) { return nil, "", 0 }

func main() { _ = strings.Join(three()) }
