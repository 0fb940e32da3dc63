package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b, c := two()
	var s string
	s, _ = two()
	_, _, _, _ = a, b, c, s
}
