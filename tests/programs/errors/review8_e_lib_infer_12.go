package main

import "iter"

func main() {
	_, _, _ = iter.Pull2(nil)
}
