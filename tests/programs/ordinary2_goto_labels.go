package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	i := 0
retry:
	i++
	if i < 4 {
		fmt.Println("attempt", i)
		goto retry
	}
	fmt.Println("done after", i)

	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
outer:
	for r, row := range grid {
		for c, v := range row {
			if v%2 == 0 && r == c {
				fmt.Println("skip row", r)
				continue outer
			}
			if v == 8 {
				fmt.Println("found 8 at", r, c)
				break outer
			}
			fmt.Print(v, " ")
		}
		fmt.Println()
	}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 60))

	n := 27
	steps := 0
collatz:
	if n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		goto collatz
	}
	fmt.Println("collatz steps", steps)

	k := 0
	for {
		switch {
		case k > 5:
			goto end
		case k%2 == 0:
			k += 3
			continue
		}
		k++
		fmt.Println("k", k)
	}
end:
	fmt.Println("end k", k)
}
