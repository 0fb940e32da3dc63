package main

import (
	"fmt"
	"strings"
)

func main() {
	data := "a,b,c\n1,2\n3,4,5,6"
	var rows [][]string
	for _, line := range strings.Split(data, "\n") {
		rows = append(rows, strings.Split(line, ","))
	}
	for _, r := range rows {
		fmt.Println(len(r), cap(r))
	}
}
