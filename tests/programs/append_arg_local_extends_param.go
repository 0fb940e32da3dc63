// `full := append(prefix, name)` in a recursive method: the local stands for the parameter one
// element longer, read by strings.Join and passed on; which storage the append takes cannot
// show.
package main

import (
	"fmt"
	"strings"
)

type Dir struct {
	Name string
	Subs []*Dir
}

func (d *Dir) Walk(prefix []string, visit func(string)) {
	full := append(prefix, d.Name)
	visit(strings.Join(full, "/"))
	for _, s := range d.Subs {
		s.Walk(full, visit)
	}
}

func main() {
	root := &Dir{"root", []*Dir{{"etc", []*Dir{{"ssh", nil}}}, {"usr", []*Dir{{"bin", nil}, {"lib", nil}}}}}
	root.Walk(nil, func(p string) { fmt.Println(p) })
}
