// A three-clause loop whose variable a literal captures (or whose address is taken) is
// rewritten by gc's loopvar pass: the post statement moves to the top of the body, so its
// append is compiled first and takes the 32-byte stack store. memrun does not follow the
// move: refused.
package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 3; s = append(s, 100+i) {
		if i > 0 {
			s = append(s, i)
		}
		f := func() int { return i } // or: p := &i; _ = p
		_ = f()
		fmt.Println(i, len(s), cap(s))
		i++
	}
}
