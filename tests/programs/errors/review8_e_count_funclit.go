package main

func main() {
	_ = func(a int) int { return a }(1, 2)
}
