package main
func F[T any, U interface{ T | int }]() {}
func main() {}
