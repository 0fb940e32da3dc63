package main

import (
	"fmt"
	"strings"
)

type Record struct {
	Name  string
	Tags  []string
	Score int
}

func parse(text string) []Record {
	var out []Record
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		cols := strings.Split(line, ",")
		if len(cols) < 3 {
			continue
		}
		score := 0
		fmt.Sscan(cols[2], &score)
		out = append(out, Record{Name: cols[0], Tags: strings.Fields(cols[1]), Score: score})
	}
	return out
}

func main() {
	recs := parse(`
ann,go rust,7
bob,,3
cat,c   lisp  ml,9
bad line
dan,zig,1
`)
	fmt.Println(len(recs), cap(recs))
	for _, r := range recs {
		fmt.Println(r.Name, len(r.Tags), cap(r.Tags), r.Score)
	}
}
