package main

import (
	"fmt"
	"strings"
)

func pascal(n int) [][]int {
	rows := make([][]int, 0, n)
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	tri := pascal(10)
	width := len(fmt.Sprint(tri[9])) + 2
	for _, row := range tri {
		parts := make([]string, len(row))
		for i, v := range row {
			parts[i] = fmt.Sprint(v)
		}
		line := strings.Join(parts, " ")
		pad := (width - len(line)) / 2
		fmt.Printf("%s%s\n", strings.Repeat(" ", pad), line)
	}
	for i, row := range pascal(16) {
		sum := 0
		for _, v := range row {
			sum += v
		}
		if i%5 == 0 {
			fmt.Println(i, sum, row[len(row)/2])
		}
	}
	big := pascal(34)
	fmt.Println(big[33][16], len(big), cap(big))
	// print odd entries as Sierpinski
	for _, row := range pascal(16) {
		var sb strings.Builder
		for _, v := range row {
			if v%2 == 1 {
				sb.WriteString("▲")
			} else {
				sb.WriteString(" ")
			}
		}
		fmt.Println(sb.String())
	}
}
