package main

import "iter"

func main() {
	_, _ = iter.Pull(nil)
}
