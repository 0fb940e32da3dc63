// probes: named result appended and returned with explicit return of another var
package main

import "fmt"

func pick(n int) (out []int) {
	var tmp []int
	tmp = append(tmp, n)
	out = append(out, n*2)
	if n > 1 {
		return tmp
	}
	return
}

func main() {
	a := pick(1)
	b := pick(2)
	t := append(a, 1)
	u := append(a, 2)
	fmt.Println(a[0], b[0], t[1], u[1])
	v := append(b, 3)
	w := append(b, 4)
	fmt.Println(v[1], w[1])
}
