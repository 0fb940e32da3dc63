package main

import "cmp"

func main() { _ = cmp.Compare(nil, nil) }
