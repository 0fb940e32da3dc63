package main

import "io"

type W struct{}

func (W) Write(p []byte) int { return 0 }

type V struct{}

func (v *V) Write(b []byte) (n int, e error) { return }

func main() {
	var w io.Writer = W{}
	var x io.Writer = V{}
	_, _ = w, x
}
