package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	data := "id,tags\n1,red blue\n2,blue\n3,red green blue\n4,green"
	ix := map[string][]int{}
	for n, line := range strings.Split(data, "\n")[1:] {
		cols := strings.SplitN(line, ",", 2)
		for _, tag := range strings.Fields(cols[1]) {
			ids := ix[tag]
			ix[tag] = append(ids, n+1)
		}
	}
	tags := make([]string, 0, len(ix))
	for t := range ix {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	for _, t := range tags {
		fmt.Println(t, ix[t], len(ix[t]), cap(ix[t]))
	}
}
