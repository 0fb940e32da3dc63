package main

import "fmt"

func main() {
	fmt.Printf("%.7U|%.5U|%#.6U|%8.6U|\n", 6, 10, 0x41, 0x42)
	fmt.Printf("%[2].[1]*U|\n", 6, 'x')
}
