package main

import "fmt"

type Job struct {
	ID       int
	Priority int
	Retries  int
}

type Queue struct {
	jobs []Job
	done []int
}

func (q *Queue) Enqueue(j Job) { q.jobs = append(q.jobs, j) }

func (q *Queue) Dequeue() (Job, bool) {
	if len(q.jobs) == 0 {
		return Job{}, false
	}
	j := q.jobs[0]
	q.jobs = q.jobs[1:]
	return j, true
}

func (q *Queue) Stats(label string) {
	fmt.Printf("%-12s queue len=%d cap=%d done len=%d cap=%d\n", label, len(q.jobs), cap(q.jobs), len(q.done), cap(q.done))
}

func main() {
	q := &Queue{}
	for i := 1; i <= 5; i++ {
		q.Enqueue(Job{ID: i, Priority: i % 3})
	}
	q.Stats("initial")
	round := 0
	for {
		j, ok := q.Dequeue()
		if !ok {
			break
		}
		round++
		if j.Priority == 0 && j.Retries < 2 {
			j.Retries++
			fmt.Printf("job %d deferred (retry %d)\n", j.ID, j.Retries)
			q.Enqueue(j)
		} else {
			fmt.Printf("job %d done after %d retries\n", j.ID, j.Retries)
			q.done = append(q.done, j.ID)
		}
		if round%3 == 0 {
			q.Stats(fmt.Sprintf("round %d", round))
		}
	}
	q.Stats("final")
	fmt.Println("order:", q.done)
	q.jobs = nil
	q.Enqueue(Job{ID: 99})
	q.Stats("reset")
	backlog := make([]Job, 0, 3)
	for i := 0; i < 7; i++ {
		backlog = append(backlog, Job{ID: 100 + i})
		if len(backlog) == cap(backlog) {
			fmt.Println("backlog full at", len(backlog), "flushing")
			backlog = backlog[:0]
		}
	}
	fmt.Println(backlog, len(backlog), cap(backlog))
}
