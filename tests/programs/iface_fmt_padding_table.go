package main

import "fmt"

type Status int

const (
	Active Status = iota
	Suspended
	Deleted
)

func (s Status) String() string {
	switch s {
	case Active:
		return "active"
	case Suspended:
		return "suspended"
	case Deleted:
		return "deleted"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type User struct {
	ID     int
	Name   string
	Status Status
}

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int(m)/100, int(m)%100) }

func main() {
	users := []User{{1, "alice", Active}, {22, "bob", Suspended}, {333, "carol", Deleted}, {4, "dan", Status(9)}}
	balances := []Money{12345, 5, 100000, 99}
	fmt.Printf("|%-5s|%-8s|%-12s|%10s|\n", "id", "name", "status", "balance")
	for i, u := range users {
		fmt.Printf("|%-5d|%-8s|%-12v|%10v|\n", u.ID, u.Name, u.Status, balances[i])
	}
	for i, u := range users {
		fmt.Printf("|%5d|%8q|%12s|%-10s|\n", u.ID, u.Name, u.Status, balances[i])
	}
	fmt.Printf("[%*v] [%-*v]\n", 12, Suspended, 12, Active)
	fmt.Printf("[%.3v] [%12.4s] [%-12.2v]\n", Suspended, Deleted, Money(123))
	fmt.Printf("[%6v] [%-6v]\n", users[0], Money(1))
	fmt.Printf("[%3v] [%x] [%X] [%08v]\n", Active, Deleted, Money(255), Money(7))
	s := fmt.Sprintf("%v/%v/%v", Active, Suspended, Deleted)
	fmt.Println(s, len(s))
}
