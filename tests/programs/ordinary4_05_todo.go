package main

import (
	"fmt"
	"slices"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Task struct {
	ID       int
	Title    string
	Done     bool
	Priority Priority
	Tags     []string
}

type TodoList struct {
	tasks  []Task
	nextID int
}

func (l *TodoList) Add(title string, p Priority, tags ...string) int {
	l.nextID++
	l.tasks = append(l.tasks, Task{ID: l.nextID, Title: title, Priority: p, Tags: tags})
	return l.nextID
}

func (l *TodoList) Complete(id int) bool {
	for i := range l.tasks {
		if l.tasks[i].ID == id {
			l.tasks[i].Done = true
			return true
		}
	}
	return false
}

func (l *TodoList) Remove(id int) {
	l.tasks = slices.DeleteFunc(l.tasks, func(t Task) bool { return t.ID == id })
}

func (l TodoList) Print() {
	sorted := slices.Clone(l.tasks)
	slices.SortStableFunc(sorted, func(a, b Task) int { return int(b.Priority) - int(a.Priority) })
	for _, t := range sorted {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] #%d %-20s %-6v %s\n", mark, t.ID, t.Title, t.Priority, strings.Join(t.Tags, ","))
	}
}

func main() {
	var l TodoList
	l.Add("buy milk", Low, "home")
	l.Add("write report", High, "work", "urgent")
	l.Add("call mom", Medium)
	l.Add("fix bug", High, "work")
	l.Complete(2)
	fmt.Println(l.Complete(42))
	l.Print()
	l.Remove(1)
	fmt.Println("after remove:")
	l.Print()
	fmt.Println(Priority(7), High)
	fmt.Printf("%v %d %s %+v\n", Medium, Medium, Low, l.tasks[0])
	fmt.Printf("%#v\n", l.tasks[1].Priority)
}
