// Event scheduling with sorting by priority then time
package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

func (p Priority) String() string {
	return [...]string{"", "low", "medium", "high"}[p]
}

type Event struct {
	Name     string
	Start    time.Duration
	Length   time.Duration
	Priority Priority
	Tags     []string
}

func (e Event) End() time.Duration { return e.Start + e.Length }

func main() {
	events := []Event{
		{"standup", 9 * time.Hour, 15 * time.Minute, Medium, []string{"team"}},
		{"deploy", 14 * time.Hour, time.Hour, High, []string{"ops", "release"}},
		{"lunch", 12 * time.Hour, 45 * time.Minute, Low, nil},
		{"review", 9*time.Hour + 10*time.Minute, 30 * time.Minute, High, []string{"code"}},
		{"1:1", 14*time.Hour + 30*time.Minute, 30 * time.Minute, Medium, []string{"team"}},
	}
	slices.SortFunc(events, func(a, b Event) int {
		if a.Priority != b.Priority {
			return int(b.Priority - a.Priority)
		}
		return int(a.Start - b.Start)
	})
	for _, e := range events {
		fmt.Printf("%-8s %-6v start=%-8v end=%-8v tags=%s\n", e.Name, e.Priority, e.Start, e.End(), strings.Join(e.Tags, ","))
	}
	byStart := slices.Clone(events)
	slices.SortFunc(byStart, func(a, b Event) int { return int(a.Start - b.Start) })
	for i := 1; i < len(byStart); i++ {
		prev, cur := byStart[i-1], byStart[i]
		if cur.Start < prev.End() {
			fmt.Printf("conflict: %s overlaps %s by %v\n", cur.Name, prev.Name, prev.End()-cur.Start)
		}
	}
	fmt.Printf("%v\n", events[0])
}
