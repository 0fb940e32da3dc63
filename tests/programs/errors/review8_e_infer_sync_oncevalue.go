package main

import "sync"

func main() { _ = sync.OnceValue(nil) }
