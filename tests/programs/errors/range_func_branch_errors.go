package main

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func f() int {
	for v := range seq {
		if v == 1 {
			break nowhere
		}
		if v == 2 {
			goto missing
		}
		return
	}
	return 0
}

func g() {
L:
	{
		for range seq {
			continue L
		}
	}
}

func main() {
	f()
	g()
}
