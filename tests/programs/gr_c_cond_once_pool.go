package main

import (
	"bytes"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type JobQueue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []string
	closed bool
}

func NewJobQueue() *JobQueue {
	q := &JobQueue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *JobQueue) Put(s string) {
	q.mu.Lock()
	q.items = append(q.items, s)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *JobQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *JobQueue) Get() (string, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

var configOnce sync.Once
var config map[string]string
var loads int

func loadConfig() {
	loads++
	config = map[string]string{"prefix": "[job]", "sep": " :: "}
}

func main() {
	q := NewJobQueue()
	var mu sync.Mutex
	var done []string
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for {
				s, ok := q.Get()
				if !ok {
					return
				}
				configOnce.Do(loadConfig)
				buf := bufPool.Get().(*bytes.Buffer)
				buf.Reset()
				buf.WriteString(config["prefix"])
				buf.WriteString(config["sep"])
				buf.WriteString(strings.ToUpper(s))
				mu.Lock()
				done = append(done, buf.String())
				mu.Unlock()
				bufPool.Put(buf)
				runtime.Gosched()
			}
		}(w)
	}
	for _, j := range []string{"fsck", "logrotate", "updatedb", "apt-update", "certbot", "rsync"} {
		q.Put(j)
	}
	q.Close()
	wg.Wait()
	sort.Strings(done)
	for _, d := range done {
		fmt.Println(d)
	}
	fmt.Println("config loads:", loads)
	fmt.Println("cpus > 0:", runtime.NumCPU() > 0, "goroutines >= 1:", runtime.NumGoroutine() >= 1)
}
