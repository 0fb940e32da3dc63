package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"time"
)

func main() {
	// 1. Ticker keeps running while another goroutine waits on a child process.
	done := make(chan error)
	go func() { done <- exec.Command("sleep", "0.25").Run() }()
	tk := time.NewTicker(70 * time.Millisecond)
	ticks := 0
wait:
	for {
		select {
		case <-tk.C:
			ticks++
		case err := <-done:
			fmt.Println("child finished, err:", err)
			break wait
		}
	}
	tk.Stop()
	fmt.Println("ticks while child ran:", ticks)

	// 2. Five children sleeping in parallel take ~one sleep, not five.
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			exec.Command("sleep", "0.2").Run()
		}()
	}
	wg.Wait()
	fmt.Println("parallel children overlapped:", time.Since(start) < 600*time.Millisecond)

	// 3. Reader blocks on an empty os.Pipe while the writer sleeps first.
	r, w, _ := os.Pipe()
	got := make(chan string)
	go func() {
		sc := bufio.NewScanner(r)
		var s string
		for sc.Scan() {
			s += sc.Text() + ";"
		}
		got <- s
	}()
	beats := 0
	hb := time.NewTicker(40 * time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-hb.C
		beats++
		fmt.Fprintf(w, "msg%d\n", i)
	}
	hb.Stop()
	w.Close()
	fmt.Println("pipe received:", <-got, "beats:", beats)

	// 4. Streaming child output line by line while a timer fires in between.
	cmd := exec.Command("sh", "-c", "echo one; sleep 0.15; echo two")
	out, _ := cmd.StdoutPipe()
	cmd.Start()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	timer := time.After(70 * time.Millisecond)
	var events []string
	for lines != nil {
		select {
		case l, ok := <-lines:
			if !ok {
				lines = nil
				continue
			}
			events = append(events, "line:"+l)
		case <-timer:
			events = append(events, "timer")
		}
	}
	cmd.Wait()
	fmt.Println("events:", events)

	// 5. Hundreds of sleeping goroutines.
	start = time.Now()
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); time.Sleep(100 * time.Millisecond) }()
	}
	wg.Wait()
	fmt.Println("300 sleepers overlapped:", time.Since(start) < 500*time.Millisecond)
}
