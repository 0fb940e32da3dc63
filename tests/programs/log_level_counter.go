package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

type stat struct {
	level string
	count int
	first int
	last  string
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 64), 4096)
	levels := map[string]*stat{}
	components := map[string]int{}
	total, skipped := 0, 0
	longest := ""
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		total++
		fields := strings.Fields(line)
		if len(fields) < 3 {
			skipped++
			continue
		}
		lvl := strings.ToUpper(strings.Trim(fields[1], "[]"))
		switch lvl {
		case "WARNING":
			lvl = "WARN"
		case "ERR", "FATAL":
			lvl = "ERROR"
		}
		st, ok := levels[lvl]
		if !ok {
			st = &stat{level: lvl, first: n}
			levels[lvl] = st
		}
		st.count++
		msg := strings.Join(fields[3:], " ")
		st.last = msg
		comp, _, found := strings.Cut(fields[2], ":")
		if found {
			components[comp]++
		}
		if len(msg) > len(longest) {
			longest = msg
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan error:", err)
	}
	var list []*stat
	for _, s := range levels {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].level < list[j].level
	})
	fmt.Printf("lines=%d skipped=%d levels=%d\n", total, skipped, len(list))
	for _, s := range list {
		pct := 100 * float64(s.count) / float64(total)
		bar := strings.Repeat("#", s.count)
		fmt.Printf("%-6s %3d %5.1f%% first@%-3d %-10s last=%q\n", s.level, s.count, pct, s.first, bar, s.last)
	}
	var comps []string
	for c := range components {
		comps = append(comps, c)
	}
	sort.Strings(comps)
	fmt.Print("components:")
	for _, c := range comps {
		fmt.Printf(" %s=%d", c, components[c])
	}
	fmt.Println()
	fmt.Printf("longest message (%d bytes): %s\n", len(longest), longest)
	if levels["ERROR"] != nil && levels["ERROR"].count > 3 {
		fmt.Println("ALERT: too many errors")
	}
}
