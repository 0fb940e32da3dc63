package main

func main() {
	var fv func(int, string) bool
	_ = fv(1)
}
