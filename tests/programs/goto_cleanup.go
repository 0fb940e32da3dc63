package main

import "fmt"

type Resource struct {
	name string
	open bool
}

var opened []*Resource

func acquire(name string, fail bool) *Resource {
	if fail {
		fmt.Println("  acquire", name, "failed")
		return nil
	}
	r := &Resource{name, true}
	opened = append(opened, r)
	fmt.Println("  acquired", name)
	return r
}

func (r *Resource) Close() {
	r.open = false
	fmt.Println("  released", r.name)
}

// setup acquires three resources, releasing what it holds when a step fails,
// in the C style of forward jumps to cleanup labels.
func setup(failAt int) string {
	var db, cache, queue *Resource
	result := "ok"

	db = acquire("db", failAt == 1)
	if db == nil {
		result = "no db"
		goto out
	}
	cache = acquire("cache", failAt == 2)
	if cache == nil {
		result = "no cache"
		goto closeDB
	}
	queue = acquire("queue", failAt == 3)
	if queue == nil {
		result = "no queue"
		goto closeCache
	}
	fmt.Println("  all three ready")
	queue.Close()
closeCache:
	cache.Close()
closeDB:
	db.Close()
out:
	return result
}

func parse(s string) (n int, ok bool) {
	if len(s) == 0 {
		goto fail
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			goto fail
		}
		n = n*10 + int(c-'0')
	}
	return n, true
fail:
	return 0, false
}

func main() {
	for step := 0; step <= 3; step++ {
		fmt.Printf("setup(failAt=%d):\n", step)
		fmt.Println("  ->", setup(step))
	}
	stillOpen := 0
	for _, r := range opened {
		if r.open {
			stillOpen++
		}
	}
	fmt.Println("opened", len(opened), "still open", stillOpen)

	for _, s := range []string{"123", "", "4x2", "007", "99999"} {
		n, ok := parse(s)
		fmt.Printf("%q -> %d %v\n", s, n, ok)
	}
}
