package main

import "sync"

func main() {
	_ = sync.OnceValues(nil)
}
