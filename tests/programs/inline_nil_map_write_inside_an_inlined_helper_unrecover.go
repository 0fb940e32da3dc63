// probes: nil map write inside an inlined helper, unrecovered: exit code 2 and first panic line
package main

import "fmt"

func put(m map[string][]byte, k string) int {
	b := []byte(k)
	m[k] = b
	return len(b)
}

func main() {
	m := map[string][]byte{}
	fmt.Println(put(m, "ab"))
	var n map[string][]byte
	fmt.Println(put(n, "cd"))
}
