package main

import "slices"

func main() {
	_ = slices.AppendSeq(nil, nil)
}
