package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 300; i++ {
		for j := 0; j < 300; j++ {
			if (i+j)%7 == 0 {
				continue
			}
			total += i ^ j
		}
	}
	fmt.Println(total)
	for i := 1; i <= 5; i++ {
		line := ""
		for j := 0; j < i; j++ {
			line += "*"
		}
		fmt.Printf("%5s\n", line)
	}
}
