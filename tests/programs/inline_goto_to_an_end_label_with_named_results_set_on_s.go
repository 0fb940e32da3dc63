// probes: goto to an end label with named results set on several paths, inlined and called in a loop
package main

import "fmt"

func cl(v int) (s []int, tag string) {
	if v < 0 {
		tag = "neg"
		goto end
	}
	s = append(s, v)
	if v > 5 {
		tag = "big"
		goto end
	}
	tag = "ok"
end:
	return
}

func main() {
	for _, v := range []int{-1, 3, 9} {
		s, t := cl(v)
		fmt.Println(s, t)
	}
}
