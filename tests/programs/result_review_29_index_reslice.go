package main

import "fmt"

func main() {
	q := map[string][]int{}
	for n := 0; n < 9; n++ {
		k := "ab"[n%2 : n%2+1]
		lines := q[k]
		if len(lines) > 2 {
			lines = lines[1:]
		}
		q[k] = append(lines, n)
	}
	fmt.Println(q["a"], len(q["a"]), cap(q["a"]))
	fmt.Println(q["b"], len(q["b"]), cap(q["b"]))
}
