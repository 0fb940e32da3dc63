package main

func Id[T any](x T) T { return x }

func get() any {
	return Id
}

func main() { _ = get() }
