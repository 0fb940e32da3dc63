package main

import "fmt"

func main() {
	names := []string{"ann", "bob", "cy", "dee", "ed"}
	groups := make([][]string, 4)
	for g := range groups {
		var grp []string
		for i, n := range names {
			if i%(g+1) == 0 {
				grp = append(grp, n)
			}
		}
		groups[g] = grp
	}
	for _, grp := range groups {
		fmt.Println(len(grp), cap(grp))
	}
}
