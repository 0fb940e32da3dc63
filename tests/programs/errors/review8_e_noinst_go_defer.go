package main

func Id[T any](x T) {}

func main() {
	defer Id
}
