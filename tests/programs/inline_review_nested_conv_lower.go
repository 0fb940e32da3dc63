package main

import "fmt"

func c(x string) int {
	y := len(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(string([]byte(x)))))))))))))))))))))))))))))))))))))))))))
	var s []int
	s = append(s, y)
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c("ab"))
	}
}
