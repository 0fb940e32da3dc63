package main

import "fmt"

func Pick[T any](x T) []T {
	var s []T
	s = append(s, x)
	return s
}

func big(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		switch i % 7 {
		case 0:
			t += i * 3
		case 1:
			t -= i
		case 2:
			t ^= i << 2
		case 3:
			t += len(fmt.Sprint(i))
		case 4:
			t *= 2
		case 5:
			t %= 1000
		default:
			t++
		}
	}
	s := Pick(t)
	return len(s)*10 + cap(s)
}

func main() {
	fmt.Println(big(20))
}
