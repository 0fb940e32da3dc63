// A long-running line filter: 300,000 generated lines split, parsed and counted, with a small
// live summary; the heap must stay bounded (memrun's peak is checked by tests/gc.rs for a
// bigger program; here the output).
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

func main() {
	levels := []string{"INFO", "WARN", "ERROR", "DEBUG"}
	byLevel := map[string]int{}
	var worst []string
	bytes := 0
	for i := 0; i < 300000; i++ {
		line := fmt.Sprintf("2026-11-27T10:%02d:%02d %s id=%d dur=%dms path=/x/%d", i/60%60, i%60, levels[i%4*(i%3)%4], i, i%997, i%31)
		bytes += len(line)
		f := strings.Fields(line)
		byLevel[f[1]]++
		d, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(f[3], "dur="), "ms"))
		if d > 990 && len(worst) < 5 {
			worst = append(worst, strings.ToUpper(f[2]))
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(byLevel, worst, bytes)
	fmt.Println("collected:", m.NumGC > 0, "heap under 64 MiB:", m.HeapAlloc < 64<<20, "total over 16 MiB:", m.TotalAlloc > 16<<20)
}
