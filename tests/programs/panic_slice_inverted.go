package main

import "fmt"

func field(line []byte, start, end int) string {
	return string(line[start:end])
}

func main() {
	line := []byte("name=gopher;age=14")
	fmt.Println(field(line, 0, 4), field(line, 5, 11))
	fmt.Println(field(line, 12, 15))
	fmt.Println(field(line, 16, 12))
}
