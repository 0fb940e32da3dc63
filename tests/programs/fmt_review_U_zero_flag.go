package main

import "fmt"

func main() {
	fmt.Printf("%08U|%0[2]*[1]U|\n", 10, 10, 9) // gc's fmtUnicode pads with spaces even with the 0 flag
}
