package main

import (
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func main() {
	hosts := []string{"web01", "web02", "db01", "db02", "cache01", "cache02", "lb01", "mon01", "bastion", "backup01"}
	sem := make(Semaphore, 3)
	var running, peak atomic.Int32
	outputs := make([]string, len(hosts))
	codes := make([]int, len(hosts))
	var wg sync.WaitGroup
	for i, h := range hosts {
		wg.Add(1)
		go func(i int, h string) {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			cur := running.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			// pretend to ssh: print a fake uptime line, fail for db hosts
			script := fmt.Sprintf("sleep 0.03; echo %s up $(( %d * 3 )) days; case %s in db*) exit 1;; esac", h, i+1, h)
			out, err := exec.Command("sh", "-c", script).Output()
			running.Add(-1)
			outputs[i] = strings.TrimSpace(string(out))
			if err != nil {
				if ee, ok := err.(*exec.ExitError); ok {
					codes[i] = ee.ExitCode()
				} else {
					codes[i] = -1
				}
			}
		}(i, h)
	}
	wg.Wait()
	failed := []string{}
	for i, h := range hosts {
		mark := "ok"
		if codes[i] != 0 {
			mark = fmt.Sprintf("FAIL(%d)", codes[i])
			failed = append(failed, h)
		}
		fmt.Printf("%-9s %-8s %s\n", h, mark, outputs[i])
	}
	fmt.Println("peak concurrency <= 3:", peak.Load() <= 3, "peak > 0:", peak.Load() > 0)
	fmt.Println("failed:", strings.Join(failed, ","))
	fmt.Println("semaphore empty:", len(sem) == 0)
}
