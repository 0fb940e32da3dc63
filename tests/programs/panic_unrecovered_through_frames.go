package main

import "fmt"

type Job struct {
	ID   int
	Deps []int
}

func validate(j Job) {
	defer fmt.Println("validate defer for job", j.ID)
	if len(j.Deps) > 2 {
		panic(fmt.Sprintf("job %d has too many deps (%d)", j.ID, len(j.Deps)))
	}
	fmt.Println("job", j.ID, "ok")
}

func process(jobs []Job) {
	defer fmt.Println("process defer")
	defer func() {
		// Not recovering: just observing.
		fmt.Println("process cleanup closure")
	}()
	for _, j := range jobs {
		validate(j)
	}
	fmt.Println("all jobs processed")
}

func run() {
	defer fmt.Println("run defer")
	process([]Job{
		{1, nil},
		{2, []int{1}},
		{3, []int{1, 2, 5}},
		{4, nil},
	})
}

func main() {
	defer fmt.Println("main defer")
	fmt.Println("start")
	run()
	fmt.Println("unreachable")
}
