package main

import "fmt"

type Task struct {
	ID   int
	Deps []int
}

func process(tasks map[int]Task, id int, depth int) int {
	if depth > 3 {
		panic(fmt.Sprintf("dependency cycle detected at task %d", id))
	}
	t := tasks[id]
	total := 1
	for _, d := range t.Deps {
		total += process(tasks, d, depth+1)
	}
	return total
}

func main() {
	tasks := map[int]Task{
		1: {1, []int{2, 3}},
		2: {2, nil},
		3: {3, []int{2}},
		4: {4, []int{5}},
		5: {5, []int{6}},
		6: {6, []int{4}},
	}
	for _, id := range []int{1, 2, 3} {
		fmt.Println("task", id, "cost", process(tasks, id, 0))
	}
	defer fmt.Println("deferred runs before crash")
	fmt.Println("task", 4, "cost", process(tasks, 4, 0))
}
