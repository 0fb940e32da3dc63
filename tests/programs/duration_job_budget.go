package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type job struct {
	name string
	took time.Duration
}

func main() {
	specs := []string{
		"backup=1h15m30.5s", "rotate=250ms", "vacuum=45m", "reindex=1h2m3.456789s",
		"sync=90s", "ping=1500us", "gc=2.5h", "scan=-3s", "fsck=1.5µs", "broken=10 minutes",
		"empty=", "tiny=999ns", "bigger=100000h", "frac=.5m",
	}
	var jobs []job
	for _, s := range specs {
		name, val, _ := strings.Cut(s, "=")
		d, err := time.ParseDuration(val)
		if err != nil {
			fmt.Printf("%-8s error: %v\n", name, err)
			continue
		}
		if d < 0 {
			fmt.Printf("%-8s negative duration %v, abs %v\n", name, d, d.Abs())
			continue
		}
		jobs = append(jobs, job{name, d})
	}
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].took < jobs[j].took })
	var total time.Duration
	for _, j := range jobs {
		total += j.took
		fmt.Printf("%-8s %-18v r(s)=%-10v t(m)=%-8v h=%.4f m=%.2f s=%.3f ms=%d us=%d\n",
			j.name, j.took, j.took.Round(time.Second), j.took.Truncate(time.Minute),
			j.took.Hours(), j.took.Minutes(), j.took.Seconds(), j.took.Milliseconds(), j.took.Microseconds())
	}
	fmt.Println("total:", total, "avg:", total/time.Duration(len(jobs)))

	budget := 4 * time.Hour
	remaining := budget - total
	fmt.Printf("budget %v remaining %v (%s)\n", budget, remaining, remaining.String())
	for _, m := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, 10 * time.Millisecond, time.Second, time.Minute, 15 * time.Minute, time.Hour, 0, -time.Second} {
		fmt.Printf("  round(%v)=%v trunc=%v\n", m, (time.Hour + 37*time.Minute + 29*time.Second + 567891234).Round(m), (time.Hour + 37*time.Minute + 29*time.Second + 567891234).Truncate(m))
	}
	neg := -(90*time.Minute + 499*time.Millisecond)
	fmt.Println(neg, neg.Round(time.Second), neg.Truncate(time.Second), neg.Round(time.Hour))
	fmt.Println(time.Duration(1<<63-1), time.Duration(-1<<63), time.Duration(1<<63-1).Round(time.Hour))
	fmt.Printf("%d %v %s %.1f\n", 3*time.Second, 3*time.Second, 1500*time.Millisecond, (1500 * time.Millisecond).Seconds())

	base := time.Date(2024, 1, 31, 23, 0, 0, 0, time.UTC)
	cursor := base
	for _, j := range jobs[:4] {
		end := cursor.Add(j.took)
		fmt.Printf("%-8s %s -> %s\n", j.name, cursor.Format("15:04:05.000"), end.Format("15:04:05.000"))
		cursor = end
	}
	later := base.Add(26*time.Hour + 7*time.Minute)
	fmt.Println("since base:", later.Sub(base), "until:", base.Sub(later), later.After(base), base.Equal(base.In(time.FixedZone("X", 3600))))
	fmt.Println(later.Truncate(time.Hour).Format(time.RFC3339), later.Round(24*time.Hour).Format(time.RFC3339))
}
