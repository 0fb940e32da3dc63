package main

import "fmt"

func main() {
	m := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		m[k] = append(m[k], i)
	}
	total := 0
	for _, v := range m {
		total += cap(v)
	}
	fmt.Println(total)
}
