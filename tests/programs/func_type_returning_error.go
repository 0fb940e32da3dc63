package main

type Step func(int) (int, error)

func apply(s Step) int {
	v, _ := s(1)
	return v
}

func main() { println(apply(nil)) }
