package main

func f() error {
	return "oops"
}

func g() (int, error) {
	return 1, "x"
}

func main() { f(); g() }
