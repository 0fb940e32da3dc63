// probes: panic inside an inlined helper, recovered by the caller's deferred func which reads named results
package main

import "fmt"

func check(v int) int {
	s := append([]int(nil), v)
	if v > 2 {
		panic(fmt.Sprint("too big ", v))
	}
	return s[0] * 10
}

func run(n int) (sum int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r, " at sum ", sum)
		}
	}()
	for i := 0; i < n; i++ {
		sum += check(i)
	}
	return sum, "ok"
}

func main() {
	fmt.Println(run(2))
	fmt.Println(run(5))
}
