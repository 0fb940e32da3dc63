// probes: reslice r[:cap(r)] of result of inlined helper (reveals capacity contents)
package main

import "fmt"

func two() []int32 {
	var s []int32
	s = append(s, 10)
	s = append(s, 20)
	return s
}

func main() {
	r := two()
	full := r[:cap(r)]
	fmt.Println(len(r), cap(r), len(full))
	for i := range full {
		fmt.Println(i, full[i])
	}
}
