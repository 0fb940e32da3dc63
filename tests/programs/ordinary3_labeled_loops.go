package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{3, 8, 1}, {9, 4, 7}, {2, 6, 5}}
	var visited []int
outer:
	for i, row := range grid {
		for _, v := range row {
			if v == 4 {
				fmt.Println("found 4 in row", i)
				break outer
			}
			visited = append(visited, v)
		}
	}
	fmt.Println("visited", visited, len(visited), cap(visited))

	var skipped [][]int
rows:
	for _, row := range grid {
		for _, v := range row {
			if v%3 == 0 {
				continue rows
			}
		}
		skipped = append(skipped, row)
	}
	fmt.Println("rows without multiples of 3:", skipped)

	primes := []int{}
	n := 2
next:
	for len(primes) < 10 {
		n++
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes, len(primes), cap(primes))
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 10))

	i := 0
loop:
	if i < 3 {
		fmt.Print("goto ", i, "; ")
		i++
		goto loop
	}
	fmt.Println()
	for x := 0; x < 3; x++ {
		switch {
		case x == 1:
			continue
		}
		fmt.Print("x=", x, " ")
	}
	fmt.Println()
sw:
	for _, w := range []string{"a", "stop", "b"} {
		switch w {
		case "stop":
			break sw
		default:
			fmt.Print(w, " ")
		}
	}
	fmt.Println("end")
}
