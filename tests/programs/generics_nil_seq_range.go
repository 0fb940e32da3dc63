package main

import "iter"

func g() iter.Seq[int] { return nil }

func main() {
	for n := range g() {
		println(n)
	}
}
