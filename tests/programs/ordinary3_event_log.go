package main

import (
	"fmt"
	"strings"
)

type Event struct {
	Seq   int
	Level string
	Msg   string
}

type Log struct {
	events []Event
	limit  int
	next   int
}

func (l *Log) Add(level, msg string) {
	l.next++
	l.events = append(l.events, Event{l.next, level, msg})
	if len(l.events) > l.limit {
		drop := len(l.events) - l.limit
		copy(l.events, l.events[drop:])
		l.events = l.events[:l.limit]
	}
}

func (l *Log) Filter(level string) []Event {
	var out []Event
	for _, e := range l.events {
		if e.Level == level {
			out = append(out, e)
		}
	}
	return out
}

func (l *Log) Compact() {
	l.events = append([]Event(nil), l.events...)
}

func main() {
	l := &Log{limit: 5}
	msgs := []string{"boot", "disk ok", "net down", "retry", "net up", "user login", "disk warn", "shutdown"}
	levels := []string{"INFO", "INFO", "ERROR", "WARN", "INFO", "INFO", "WARN", "INFO"}
	for i, m := range msgs {
		l.Add(levels[i], m)
		fmt.Printf("after %-11q len=%d cap=%d first=%d\n", m, len(l.events), cap(l.events), l.events[0].Seq)
	}
	for _, e := range l.events {
		fmt.Printf("#%d %-5s %s\n", e.Seq, e.Level, e.Msg)
	}
	warns := l.Filter("WARN")
	fmt.Println("warns:", len(warns), cap(warns), warns)
	none := l.Filter("DEBUG")
	fmt.Println("debug nil?", none == nil, len(none), cap(none))
	l.events = l.events[2:]
	fmt.Println("resliced len", len(l.events), "cap", cap(l.events))
	l.Compact()
	fmt.Println("compacted len", len(l.events), "cap", cap(l.events))
	var sb strings.Builder
	for _, e := range l.events {
		sb.WriteString(strings.ToLower(e.Level[:1]))
	}
	fmt.Println("levels:", sb.String())
}
