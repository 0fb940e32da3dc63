package main

func seq(yield func(int) bool) { yield(1) }

func main() {
L:
	println(1)
	for range seq {
		break L
	}
	for range seq {
		continue L
	}
}
