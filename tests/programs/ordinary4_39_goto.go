package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	i, j := 0, 0
	for i = 0; i < len(nums); i++ {
		for j = i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				goto found
			}
		}
	}
	return -1, -1, false
found:
	return i, j, true
}

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func retry(attempts int) (log []string) {
	n := 0
again:
	n++
	log = append(log, fmt.Sprintf("attempt %d", n))
	if n < attempts {
		goto again
	}
	return
}

func main() {
	nums := []int{3, 8, 1, 9, 4, 7}
	for _, t := range []int{10, 17, 100, 5} {
		i, j, ok := findPair(nums, t)
		fmt.Println(t, i, j, ok)
	}
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if s := collatz(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("longest collatz below 10000:", bestN, best)
	fmt.Println(retry(3))
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			switch {
			case j > i:
				continue outer
			case i+j == 6:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	k := 0
	for {
		k++
		if k%2 == 1 {
			continue
		}
		if k > 8 {
			break
		}
		fmt.Print(k, ",")
	}
	fmt.Println()
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell through")
	default:
		fmt.Println("default")
	}
}
