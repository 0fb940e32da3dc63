package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func early(n int) (res string, ok bool) {
	if n < 0 {
		return
	}
	res = "non-negative"
	ok = true
	return res, ok
}

func main() {
	fmt.Println(split(17))
	fmt.Println(early(-1))
	fmt.Println(early(5))
}
