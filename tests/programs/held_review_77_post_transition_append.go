package main

import "fmt"

func main() {
	dp := make([][]int, 1)
	var row []int
	for j := 0; j < 3; j++ {
		row = append(row, j)
	}
	dp[0] = row
	row = append(row, 99)
	full := dp[0][:cap(dp[0])]
	fmt.Println(cap(dp[0]), full[len(full)-1], len(row))

	m := map[string][]byte{}
	var b []byte
	for j := 0; j < 5; j++ {
		b = append(b, 'a'+byte(j))
	}
	m["k"] = b
	b = append(b, 'z')
	v := m["k"]
	fmt.Println(cap(v), string(v[:cap(v)][5:6]) == "z", len(b))
}
