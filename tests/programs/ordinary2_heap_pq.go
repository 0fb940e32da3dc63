package main

import "fmt"

type Job struct {
	Name     string
	Priority int
}

type PQ struct {
	items []Job
}

func (pq *PQ) less(i, j int) bool {
	if pq.items[i].Priority != pq.items[j].Priority {
		return pq.items[i].Priority > pq.items[j].Priority
	}
	return pq.items[i].Name < pq.items[j].Name
}

func (pq *PQ) Push(j Job) {
	pq.items = append(pq.items, j)
	i := len(pq.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !pq.less(i, p) {
			break
		}
		pq.items[i], pq.items[p] = pq.items[p], pq.items[i]
		i = p
	}
}

func (pq *PQ) Pop() (Job, bool) {
	if len(pq.items) == 0 {
		return Job{}, false
	}
	top := pq.items[0]
	last := len(pq.items) - 1
	pq.items[0] = pq.items[last]
	pq.items = pq.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(pq.items) && pq.less(l, m) {
			m = l
		}
		if r < len(pq.items) && pq.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		pq.items[i], pq.items[m] = pq.items[m], pq.items[i]
		i = m
	}
	return top, true
}

func (pq PQ) Len() int { return len(pq.items) }

func main() {
	pq := &PQ{}
	jobs := []Job{{"email", 2}, {"backup", 1}, {"deploy", 5}, {"alert", 9}, {"lint", 2}, {"build", 5}, {"test", 4}}
	for _, j := range jobs {
		pq.Push(j)
		fmt.Printf("push %-6s len=%d cap=%d top=%s\n", j.Name, pq.Len(), cap(pq.items), pq.items[0].Name)
	}
	for pq.Len() > 0 {
		j, _ := pq.Pop()
		fmt.Printf("%+v\n", j)
	}
	_, ok := pq.Pop()
	fmt.Println(ok, pq.items == nil, len(pq.items), cap(pq.items))
	nums := &PQ{}
	for i, v := range []int{5, 3, 8, 1, 9, 2} {
		nums.Push(Job{fmt.Sprint("n", i), v})
	}
	var order []int
	for nums.Len() > 0 {
		j, _ := nums.Pop()
		order = append(order, j.Priority)
	}
	fmt.Println(order)
}
