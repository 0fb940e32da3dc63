package main

import "fmt"

func main() {
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("|%8s|%-8s|%.2s|%8.3s|%-8.1s|\n", "go", "go", "gopher", "gopher", "gopher")
	fmt.Printf("|%6.3d|%.0d|%.0d|%3c|%-3c|\n", 7, 0, 5, 'z', 'z')
	fmt.Printf("|%6x|%-6X|%06x|%#06x|\n", 255, 255, 255, 255)
	fmt.Printf("|%10q|%-10q|\n", "hi", "hi")
	fmt.Printf("|%5t|%-6v|\n", true, false)
	fmt.Printf("|%*d|%-*d|%.*s|\n", 5, 1, 4, 2, 2, "abcdef")
	fmt.Printf("|%08.3d|%-08d|\n", 5, 5)
}
