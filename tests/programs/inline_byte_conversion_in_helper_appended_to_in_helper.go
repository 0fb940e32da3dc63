// probes: []byte conversion in helper, appended to in helper
package main

import "fmt"

func bang(s string) []byte {
	b := []byte(s)
	b = append(b, '!')
	return b
}

func main() {
	a := bang("hi")
	fmt.Println(len(a), cap(a), string(a))
	t := append(a, 'x')
	u := append(a, 'y')
	fmt.Println(string(t), string(u))
}
