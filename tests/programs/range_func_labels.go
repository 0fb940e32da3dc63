package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	gotos()

	i := 0
loop:
	if i < 2 {
		for v := range seq(3) {
			if v == 1 {
				continue
			}
			fmt.Println(i, v)
		}
		i++
		goto loop
	}
	for v := range seq(5) {
	inner:
		for j := 0; j < 3; j++ {
			if j == v {
				break inner
			}
			fmt.Print(j)
		}
		fmt.Println()
	}
	goto end
end:
	fmt.Println("end")
}

func gotos() {
	n := 0
	if n == 0 {
		goto skip
	}
	fmt.Println("not printed")
skip:
	for v := range seq(3) {
		fmt.Println(v)
	}
	if n == 0 {
		goto end
	}
	for v := range seq(2) {
		fmt.Println(v)
	}
end:
	fmt.Println("end")
}
