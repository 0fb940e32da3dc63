package main

import "fmt"

var index = map[byte][]string{}

var words = []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}

var _ = fill()

func fill() int {
	for _, w := range words {
		index[w[0]] = append(index[w[0]], w)
	}
	return 0
}

func main() {
	for _, c := range []byte("abc") {
		fmt.Println(string(c), len(index[c]), cap(index[c]))
	}
}
