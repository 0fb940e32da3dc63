package main

import (
	"fmt"
	"sort"
	"strings"
)

const logs = `INFO  server started port=8080
INFO  request path=/home status=200 ms=12
WARN  slow request path=/search status=200 ms=950
ERROR db connection lost retry=1
INFO  request path=/home status=200 ms=8
ERROR db connection lost retry=2
INFO  request path=/login status=401 ms=5
INFO  request path=/search status=200 ms=300
DEBUG cache hit key=user:42
ERROR handler panic path=/admin
INFO  request path=/home status=500 ms=44`

type Stat struct {
	Count   int
	TotalMS int
	MaxMS   int
}

func parseKV(fields []string) map[string]string {
	m := make(map[string]string)
	for _, f := range fields {
		if k, v, ok := strings.Cut(f, "="); ok {
			m[k] = v
		}
	}
	return m
}

func main() {
	levels := map[string]int{}
	paths := map[string]*Stat{}
	statuses := map[string]int{}
	var errs []string
	for n, line := range strings.Split(logs, "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		lvl := fields[0]
		levels[lvl]++
		kv := parseKV(fields[1:])
		if lvl == "ERROR" {
			errs = append(errs, fmt.Sprintf("line %d: %s", n+1, strings.Join(fields[1:], " ")))
		}
		if p, ok := kv["path"]; ok && kv["ms"] != "" {
			var ms int
			fmt.Sscanf(kv["ms"], "%d", &ms)
			st := paths[p]
			if st == nil {
				st = &Stat{}
				paths[p] = st
			}
			st.Count++
			st.TotalMS += ms
			st.MaxMS = max(st.MaxMS, ms)
			statuses[kv["status"]]++
		}
	}
	lv := make([]string, 0, len(levels))
	for k := range levels {
		lv = append(lv, k)
	}
	sort.Strings(lv)
	for _, k := range lv {
		fmt.Printf("%-5s %d\n", k, levels[k])
	}
	ps := make([]string, 0, len(paths))
	for p := range paths {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return paths[ps[i]].TotalMS > paths[ps[j]].TotalMS })
	for _, p := range ps {
		s := paths[p]
		fmt.Printf("%-8s count=%d avg=%.1fms max=%dms %+v\n", p, s.Count, float64(s.TotalMS)/float64(s.Count), s.MaxMS, *s)
	}
	fmt.Println(statuses)
	for _, e := range errs {
		fmt.Println(e)
	}
}
