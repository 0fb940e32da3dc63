package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	dp := make([][]int, 2)
	dp[0] = make([]int, 1, 4)
	row := dp[0]
	row = append(row, 9)
	row[0] = 100
	fmt.Println(dp[0], dp[0][:2], cap(dp[0]))

	var st Stack
	for i := 0; i < 3; i++ {
		st.Push(i)
	}
	snap := st.items
	st.Push(3)
	st.items[0] = -1
	fmt.Println(snap, st.items, cap(st.items))

	lit := [][]int{{1, 2, 3}}
	lit[0] = lit[0][:1]
	lit[0] = append(lit[0], 9)
	fmt.Println(lit[0], lit[0][:3], cap(lit[0]))
}
