package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

func main() {
	// A command slower than its timeout: the timer fires while the command runs.
	res := make(chan string, 1)
	go func() {
		out, err := exec.Command("sh", "-c", "sleep 0.3; echo late").Output()
		res <- fmt.Sprint(strings.TrimSpace(string(out)), " ", err)
	}()
	select {
	case r := <-res:
		fmt.Println("finished first:", r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout while the command runs")
	}
	fmt.Println("then:", <-res)

	// Ticks keep coming while another goroutine waits on a pipe.
	r, w, _ := os.Pipe()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	ticks := 0
	t := time.NewTicker(10 * time.Millisecond)
	for ticks < 3 {
		<-t.C
		ticks++
	}
	t.Stop()
	fmt.Fprintln(w, "hello through the pipe")
	w.Close()
	for l := range lines {
		fmt.Println(ticks, l)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- exec.Command("sleep", "0.2").Run() }()
	select {
	case <-ctx.Done():
		fmt.Println("context:", ctx.Err())
	case err := <-done:
		fmt.Println("done", err)
	}
	fmt.Println("then:", <-done)
}
