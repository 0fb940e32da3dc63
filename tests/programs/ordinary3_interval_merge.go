package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

func Merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			if iv.End > last.End {
				last.End = iv.End
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func Gaps(ivs []Interval, lo, hi int) []Interval {
	var gaps []Interval
	cur := lo
	for _, iv := range Merge(ivs) {
		if iv.Start > cur {
			gaps = append(gaps, Interval{cur, iv.Start})
		}
		if iv.End > cur {
			cur = iv.End
		}
	}
	if cur < hi {
		gaps = append(gaps, Interval{cur, hi})
	}
	return gaps
}

type Calendar struct {
	busy []Interval
}

func (c *Calendar) Book(iv Interval) bool {
	for _, b := range c.busy {
		if iv.Start < b.End && b.Start < iv.End {
			return false
		}
	}
	i := sort.Search(len(c.busy), func(i int) bool { return c.busy[i].Start > iv.Start })
	c.busy = append(c.busy, Interval{})
	copy(c.busy[i+1:], c.busy[i:])
	c.busy[i] = iv
	return true
}

func main() {
	ivs := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}
	m := Merge(ivs)
	fmt.Println(ivs)
	fmt.Println(m, len(m), cap(m))
	fmt.Println("gaps:", Gaps(ivs, 0, 24))
	fmt.Println(Merge(nil) == nil, Merge([]Interval{{5, 5}}))
	var cal Calendar
	for _, iv := range []Interval{{9, 10}, {13, 14}, {9, 11}, {11, 13}, {8, 9}, {10, 11}, {12, 15}} {
		ok := cal.Book(iv)
		fmt.Printf("book %v -> %-5v busy=%v len=%d cap=%d\n", iv, ok, cal.busy, len(cal.busy), cap(cal.busy))
	}
}
