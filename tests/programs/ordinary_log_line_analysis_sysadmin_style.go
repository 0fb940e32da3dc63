// Log line analysis (sysadmin style)
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const logs = `2024-03-01 10:00:01 INFO  web01 GET /index.html 200 512
2024-03-01 10:00:02 INFO  web02 GET /about.html 200 1024
2024-03-01 10:00:05 WARN  web01 GET /missing 404 0
2024-03-01 10:00:07 ERROR web03 POST /api/login 500 64
2024-03-01 10:00:09 INFO  web01 GET /index.html 200 512
2024-03-01 10:00:11 INFO  web02 POST /api/data 201 2048
2024-03-01 10:00:15 ERROR web01 GET /api/data 503 0
2024-03-01 10:00:20 INFO  web03 GET /index.html 304 0
`

func main() {
	levels := map[string]int{}
	hosts := map[string]int{}
	paths := map[string]int{}
	var bytesTotal int64
	var errorLines []string
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 8 {
			continue
		}
		level, host, path := f[2], f[3], f[5]
		status, _ := strconv.Atoi(f[6])
		size, _ := strconv.ParseInt(f[7], 10, 64)
		levels[level]++
		hosts[host]++
		paths[path]++
		bytesTotal += size
		if status >= 500 {
			errorLines = append(errorLines, fmt.Sprintf("%s %s -> %d", f[1], path, status))
		}
	}
	printCounts := func(title string, m map[string]int) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if m[keys[i]] == m[keys[j]] {
				return keys[i] < keys[j]
			}
			return m[keys[i]] > m[keys[j]]
		})
		fmt.Println(title)
		for _, k := range keys {
			fmt.Printf("  %-12s %3d %s\n", k, m[k], strings.Repeat("*", m[k]))
		}
	}
	printCounts("levels:", levels)
	printCounts("hosts:", hosts)
	printCounts("paths:", paths)
	fmt.Printf("total bytes: %d (%.2f KiB)\n", bytesTotal, float64(bytesTotal)/1024)
	fmt.Println("server errors:")
	for _, e := range errorLines {
		fmt.Println("  " + e)
	}
}
