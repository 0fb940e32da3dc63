package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

func main() {
	// A timeout kills a slow command.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := exec.CommandContext(ctx, "sleep", "5").Run()
	fmt.Println("sleep 5:", err, ctx.Err(), time.Since(start) < 2*time.Second)

	// A command that finishes in time.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel2()
	out, err := exec.CommandContext(ctx2, "echo", "hello").Output()
	fmt.Printf("echo: %q %v\n", out, err)

	// Already-cancelled context: Start fails with the context's error.
	ctx3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	err = exec.CommandContext(ctx3, "echo", "never").Run()
	fmt.Println("cancelled:", err, errors.Is(err, context.Canceled))

	// A custom Cancel that sends SIGTERM; the shell traps it and exits 0 -> ctx error.
	ctx4, cancel4 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel4()
	cmd := exec.CommandContext(ctx4, "sh", "-c", "trap 'exit 0' TERM; sleep 5 & wait")
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	err = cmd.Run()
	fmt.Println("trapped:", err)

	// WaitDelay: the child's grandchild keeps stdout open.
	ctx5, cancel5 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel5()
	cmd = exec.CommandContext(ctx5, "sh", "-c", "sleep 3; echo late")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.WaitDelay = 100 * time.Millisecond
	start = time.Now()
	err = cmd.Run()
	fmt.Println("waitdelay:", err, time.Since(start) < 2*time.Second, buf.String())

	// WaitDelay without context, grandchild holding the pipe.
	cmd = exec.Command("sh", "-c", "(sleep 3; echo x) & echo started")
	var b2 bytes.Buffer
	cmd.Stdout = &b2
	cmd.WaitDelay = 100 * time.Millisecond
	start = time.Now()
	err = cmd.Run()
	fmt.Println("waitdelay2:", err, errors.Is(err, exec.ErrWaitDelay), time.Since(start) < 2*time.Second, strings.TrimSpace(b2.String()))

	// Goroutines run while a command runs; a large stdin is written while others work.
	done := make(chan int)
	go func() {
		n := 0
		for i := 0; i < 5; i++ {
			time.Sleep(10 * time.Millisecond)
			n++
		}
		done <- n
	}()
	cmd = exec.Command("sh", "-c", "sleep 0.2; wc -c")
	cmd.Stdin = strings.NewReader(strings.Repeat("x", 1<<20))
	out, err = cmd.Output()
	select {
	case n := <-done:
		fmt.Println("wc:", strings.TrimSpace(string(out)), err, "ticked meanwhile:", n)
	default:
		fmt.Println("wc:", strings.TrimSpace(string(out)), err, "ticker starved")
	}

	// A goroutine's write to a full pipe waits without holding the others up.
	r, w, _ := os.Pipe()
	wrote := make(chan int)
	go func() {
		n, _ := w.Write(make([]byte, 1<<20))
		w.Close()
		wrote <- n
	}()
	ticks := 0
	for i := 0; i < 3; i++ {
		time.Sleep(20 * time.Millisecond)
		ticks++
	}
	got, _ := io.ReadAll(r)
	fmt.Println("pipe:", ticks, len(got), <-wrote)

	// StdinPipe with io.WriteString, concurrently with StdoutPipe reading.
	cmd = exec.Command("tr", "a-z", "A-Z")
	in, _ := cmd.StdinPipe()
	pout, _ := cmd.StdoutPipe()
	cmd.Start()
	go func() {
		io.WriteString(in, strings.Repeat("abc\n", 50000))
		in.Close()
	}()
	all, _ := io.ReadAll(pout)
	fmt.Println("tr:", len(all), string(all[:8]), cmd.Wait(), in.Close())
}
