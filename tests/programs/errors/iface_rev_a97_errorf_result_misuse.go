package main

import "fmt"

func main() {
	var s string = fmt.Errorf("x")
	n, err := fmt.Errorf("y")
	var e error = fmt.Sprintf("z")
	_, _, _, _ = s, n, err, e
}
