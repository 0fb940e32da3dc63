package main

import (
	"fmt"
	"sort"
	"strings"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

func (p Priority) String() string {
	return [...]string{"?", "low", "med", "HIGH"}[p]
}

type Todo struct {
	ID    int
	Title string
	Done  bool
	Prio  Priority
	Tags  []string
}

type TodoList struct {
	items  []Todo
	nextID int
}

func (l *TodoList) Add(title string, p Priority, tags ...string) int {
	l.nextID++
	l.items = append(l.items, Todo{ID: l.nextID, Title: title, Prio: p, Tags: tags})
	return l.nextID
}

func (l *TodoList) find(id int) *Todo {
	for i := range l.items {
		if l.items[i].ID == id {
			return &l.items[i]
		}
	}
	return nil
}

func (l *TodoList) Complete(id int) bool {
	if t := l.find(id); t != nil {
		t.Done = true
		return true
	}
	return false
}

func (l *TodoList) Purge() int {
	kept := l.items[:0]
	for _, t := range l.items {
		if !t.Done {
			kept = append(kept, t)
		}
	}
	n := len(l.items) - len(kept)
	l.items = kept
	return n
}

func (l TodoList) Print() {
	sorted := make([]Todo, len(l.items))
	copy(sorted, l.items)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Prio > sorted[j].Prio })
	for _, t := range sorted {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] #%d %-20s %-4v %s\n", mark, t.ID, t.Title, t.Prio, strings.Join(t.Tags, ","))
	}
}

func main() {
	var l TodoList
	l.Add("write report", High, "work")
	l.Add("buy milk", Low, "home", "shop")
	l.Add("fix bug #42", High, "work", "urgent")
	l.Add("call mom", Medium)
	l.Add("water plants", Low, "home")
	fmt.Println(l.Complete(2), l.Complete(3), l.Complete(99))
	l.Print()
	byTag := map[string][]int{}
	for _, t := range l.items {
		for _, tag := range t.Tags {
			byTag[tag] = append(byTag[tag], t.ID)
		}
	}
	fmt.Println(byTag)
	fmt.Println("purged", l.Purge(), "left", len(l.items), "cap", cap(l.items))
	l.Print()
	fmt.Printf("%+v\n", l.items[0])
}
