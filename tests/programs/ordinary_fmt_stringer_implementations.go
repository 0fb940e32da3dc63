// fmt.Stringer implementations
package main

import (
	"fmt"
	"strings"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

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

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

type Card struct {
	Rank int
	Suit string
}

func (c *Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit
}

type Matrix [][]int

func (m Matrix) String() string {
	var lines []string
	for _, row := range m {
		lines = append(lines, fmt.Sprint(row))
	}
	return strings.Join(lines, "\n")
}

func main() {
	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
	}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	fmt.Println(Monday, Saturday, Weekday(9))
	fmt.Printf("%v %d %s\n", Friday, Friday, Friday)
	days := []Weekday{Tuesday, Sunday}
	fmt.Println(days)
	c := &Card{12, "♥"}
	fmt.Println(c, &Card{5, "♠"})
	fmt.Println(Card{1, "♦"})
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m)
	fmt.Printf("%s|%v\n", IPAddr{1, 2, 3, 4}, []IPAddr{{10, 0, 0, 1}})
}
