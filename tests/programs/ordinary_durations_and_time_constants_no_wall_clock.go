// Durations and time constants (no wall clock)
package main

import (
	"fmt"
	"time"
)

type Task struct {
	Name string
	Est  time.Duration
}

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(time.Duration(1500) * time.Millisecond)
	fmt.Println(2*time.Hour + 45*time.Minute + 30*time.Second)
	fmt.Println(time.Duration(123456789))
	fmt.Println(time.Second.Nanoseconds(), time.Millisecond)

	tasks := []Task{
		{"compile", 45 * time.Second},
		{"test", 3*time.Minute + 20*time.Second},
		{"deploy", 90 * time.Second},
		{"smoke", 750 * time.Millisecond},
	}
	var total time.Duration
	for _, t := range tasks {
		total += t.Est
		fmt.Printf("%-8s %10v cumulative %v\n", t.Name, t.Est, total)
	}
	fmt.Println("total rounded:", total.Round(time.Minute), total.Truncate(time.Minute))
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	_, err = time.ParseDuration("abc")
	fmt.Println(err)
	fmt.Printf("%T %d %v\n", d, d, time.Duration(0))
	t0 := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t1 := t0.Add(90 * time.Minute)
	fmt.Println(t1.Format("2006-01-02 15:04"), t1.Weekday(), t1.YearDay())
	fmt.Println(t1.Sub(t0), t0.Before(t1), t1.Month())
}
