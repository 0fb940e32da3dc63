package main

import "fmt"

func main() {
	words := []string{"alpha", "be", "gamma"}
	var rows [][]byte
	for _, w := range words {
		rows = append(rows, []byte(w))
	}
	for _, r := range rows {
		fmt.Println(string(r), len(r), cap(r))
	}
}
