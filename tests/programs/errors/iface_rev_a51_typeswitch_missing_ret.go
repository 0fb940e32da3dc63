package main

func f(a any) int {
	switch a.(type) {
	case int:
		return 1
	default:
	}
}

func g(a any) int {
	switch a.(type) {
	case int:
		return 1
	default:
		return 2
	}
}

func main() { f(1); g(1) }
