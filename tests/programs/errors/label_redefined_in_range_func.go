package main

func seq(yield func(int) bool) { yield(1) }

func main() {
L:
	for range seq {
	L:
		for {
			break L
		}
	}
	goto L
}
