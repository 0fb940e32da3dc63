// Todo list manager with commands parsed from text
package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

type Todo struct {
	ID   int
	Text string
	Done bool
}

type TodoList struct {
	items  []Todo
	nextID int
}

func (t *TodoList) Add(text string) int {
	t.nextID++
	t.items = append(t.items, Todo{ID: t.nextID, Text: text})
	return t.nextID
}

func (t *TodoList) Complete(id int) bool {
	for i := range t.items {
		if t.items[i].ID == id {
			t.items[i].Done = true
			return true
		}
	}
	return false
}

func (t *TodoList) Delete(id int) bool {
	for i, it := range t.items {
		if it.ID == id {
			t.items = append(t.items[:i], t.items[i+1:]...)
			return true
		}
	}
	return false
}

func (t TodoList) Print() {
	for _, it := range t.items {
		mark := " "
		if it.Done {
			mark = "x"
		}
		fmt.Printf("  [%s] %d. %s\n", mark, it.ID, it.Text)
	}
}

const script = `add buy milk
add write report
add call mom
done 2
list
del 1
add fix bike
done 7
list
`

func main() {
	var tl TodoList
	sc := bufio.NewScanner(strings.NewReader(script))
	for sc.Scan() {
		cmd, arg, _ := strings.Cut(sc.Text(), " ")
		switch cmd {
		case "add":
			id := tl.Add(arg)
			fmt.Println("added", id)
		case "done", "del":
			id, _ := strconv.Atoi(arg)
			var ok bool
			if cmd == "done" {
				ok = tl.Complete(id)
			} else {
				ok = tl.Delete(id)
			}
			fmt.Println(cmd, id, ok)
		case "list":
			tl.Print()
		}
	}
	fmt.Println(len(tl.items), "items")
}
