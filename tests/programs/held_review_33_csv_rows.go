package main

import (
	"fmt"
	"strings"
)

func main() {
	data := "a,b,c\n1,2\n3,4,5,6\n"
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSpace(data), "\n") {
		var row []string
		for _, f := range strings.Split(line, ",") {
			row = append(row, f)
		}
		rows = append(rows, row)
	}
	for _, r := range rows {
		fmt.Println(len(r), cap(r))
	}
}
