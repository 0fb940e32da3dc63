package main
func F[T interface{ comparable | int }]() {}
func main() {}
