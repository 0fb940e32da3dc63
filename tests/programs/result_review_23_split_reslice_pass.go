package main

import (
	"fmt"
	"strings"
)

func count(parts []string) (int, int) { return len(parts), cap(parts) }

type Row struct {
	Cols []string
}

func main() {
	p := strings.Split("a,b,c,d", ",")
	tail := p[1:]
	head := p[:2]
	fmt.Println(len(tail), cap(tail), len(head), cap(head))
	fmt.Println(count(p))
	fmt.Println(count(strings.Fields(" x y ")))
	r := Row{Cols: strings.Split("1;2;3", ";")}
	fmt.Println(len(r.Cols), cap(r.Cols))
	rows := []Row{r, {Cols: strings.SplitN("q:w:e:r", ":", 2)}}
	for _, row := range rows {
		fmt.Println(len(row.Cols), cap(row.Cols))
	}
	m := map[string][]string{}
	m["k"] = strings.Fields("alpha beta")
	m["j"] = strings.SplitAfterN("x.y.z", ".", 10)
	fmt.Println(cap(m["k"]), cap(m["j"]), len(m["j"]))
}
