package main

import (
	"fmt"
	"sort"
	"strings"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type Duration int64

const (
	Second Duration = 1
	Minute          = 60 * Second
	Hour            = 60 * Minute
	Day             = 24 * Hour
)

func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	var parts []string
	for _, u := range []struct {
		d    Duration
		name string
	}{{Day, "d"}, {Hour, "h"}, {Minute, "m"}, {Second, "s"}} {
		if d >= u.d {
			parts = append(parts, fmt.Sprintf("%d%s", d/u.d, u.name))
			d %= u.d
		}
	}
	return strings.Join(parts, "")
}

type DiskUsage struct {
	Path string
	Size ByteSize
}

func main() {
	fmt.Println(KB, MB, GB, TB)
	for _, b := range []ByteSize{0, 512, 1024, 1536, 1e6, 3.5e9, 2e13} {
		fmt.Printf("%15.0f = %v\n", float64(b), b)
	}
	for _, d := range []Duration{0, 59, 61, 3600, 3661, 90061, 7 * Day} {
		fmt.Printf("%7d => %s\n", d, d)
	}
	usage := []DiskUsage{{"/var/log", 3.2 * GB}, {"/home", 120 * GB}, {"/tmp", 12 * MB}, {"/etc", 5 * MB}, {"/boot", 250 * MB}}
	sort.Slice(usage, func(i, j int) bool { return usage[i].Size > usage[j].Size })
	var total ByteSize
	for _, u := range usage {
		total += u.Size
		fmt.Printf("%-10s %10v %5.1f%%\n", u.Path, u.Size, float64(u.Size/(123.467*GB))*100)
	}
	fmt.Println("total:", total)
	fmt.Printf("%v %+v\n", usage[0], usage[len(usage)-1])
	fmt.Printf("%T %T %d\n", Minute, KB, Hour)
}
