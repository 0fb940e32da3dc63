package main

import "fmt"

func subsets(nums []int) [][]int {
	var res [][]int
	var dfs func(i int, path []int)
	dfs = func(i int, path []int) {
		if i == len(nums) {
			res = append(res, path)
			return
		}
		dfs(i+1, path)
		dfs(i+1, append(path, nums[i]))
	}
	dfs(0, nil)
	return res
}

func perms(prefix []int, rest []int, out *[][]int) {
	if len(rest) == 0 {
		*out = append(*out, prefix)
		return
	}
	for i := range rest {
		next := append(prefix, rest[i])
		others := append(append([]int{}, rest[:i]...), rest[i+1:]...)
		perms(next, others, out)
	}
}

func combos(n, k int) {
	var path []int
	var rec func(start int)
	rec = func(start int) {
		if len(path) == k {
			fmt.Println(path)
			return
		}
		for i := start; i <= n; i++ {
			path = append(path, i)
			rec(i + 1)
			path = path[:len(path)-1]
		}
	}
	rec(1)
}

func main() {
	fmt.Println(subsets([]int{1, 2, 3, 4, 5}))
	var out [][]int
	perms(nil, []int{1, 2, 3, 4}, &out)
	fmt.Println(out)
	combos(5, 3)
	base := []int{1, 2, 3}
	a := append(base[:1], 9)
	fmt.Println(base, a)
}
