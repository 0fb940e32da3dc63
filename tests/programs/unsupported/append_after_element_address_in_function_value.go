// f called through a variable holding it (g := f): gc inlines the call and keeps res in its
// stack store, so the appends after p := &res[0] stay in that storage and *p = 'Z' shows;
// memrun analyses f on its own (res on the heap, moved by the appends). memrun refuses: an
// element's address holds the storage too, and a function taken as a value may be inlined.
package main

import "fmt"

func f(n int) ([]byte, *byte) {
	var res []byte
	res = append(res, 'a')
	p := &res[0]
	for i := 1; i < n; i++ {
		res = append(res, byte('a'+i))
	}
	return res, p
}

func main() {
	g := f
	r, p := g(9)
	*p = 'Z'
	fmt.Println(string(r))
}
