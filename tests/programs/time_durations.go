package main

import (
	"fmt"
	"time"
)

type Task struct {
	Name     string
	Duration time.Duration
}

func main() {
	tasks := []Task{
		{"build", 90 * time.Second},
		{"test", 2*time.Minute + 30*time.Second},
		{"deploy", 45 * time.Second},
	}
	var total time.Duration
	for _, t := range tasks {
		total += t.Duration
		fmt.Printf("%-7s %v\n", t.Name, t.Duration)
	}
	fmt.Println("total:", total, total.Minutes())
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	if time.Since(start) >= 5*time.Millisecond {
		fmt.Println("slept enough")
	}
	d := time.Date(2024, time.March, 15, 10, 0, 0, 0, time.UTC)
	fmt.Println(d.Weekday(), d.Format("2006-01-02"))
}
