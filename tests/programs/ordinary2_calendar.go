package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Sakamoto's algorithm
func dayOfWeek(y, m, d int) Weekday {
	t := []int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	if m < 3 {
		y--
	}
	return Weekday((y + y/4 - y/100 + y/400 + t[m-1] + d) % 7)
}

func printMonth(y, m int) {
	fmt.Printf("    %04d-%02d\n", y, m)
	fmt.Println(strings.Join(dayNames[:], " "))
	start := int(dayOfWeek(y, m, 1))
	fmt.Print(strings.Repeat("    ", start))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Printf("%3d ", d)
		if (start+d)%7 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
}

func main() {
	for _, y := range []int{1900, 2000, 2023, 2024, 2100} {
		fmt.Print(y, ":", isLeap(y), " ")
	}
	fmt.Println()
	dates := [][3]int{{1969, 7, 20}, {2000, 1, 1}, {2024, 2, 29}, {1776, 7, 4}}
	for _, d := range dates {
		fmt.Printf("%v is a %v (%d)\n", d, dayOfWeek(d[0], d[1], d[2]), dayOfWeek(d[0], d[1], d[2]))
	}
	printMonth(2024, 2)
	printMonth(2023, 10)
	total := 0
	for m := 1; m <= 12; m++ {
		total += daysIn(2024, m)
	}
	fmt.Println("days in 2024:", total)
	count := map[Weekday]int{}
	for y := 2000; y < 2030; y++ {
		count[dayOfWeek(y, 1, 13)]++
	}
	fmt.Println(count)
}
