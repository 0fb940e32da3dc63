package main

func F[S ~[]E, E any](s S) {}

func main() {
	F(map[int]int{})
}
