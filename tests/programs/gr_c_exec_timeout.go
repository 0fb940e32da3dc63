package main

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

func runWithTimeout(timeout time.Duration, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	out, err := cmd.Output()
	if ctx.Err() == context.DeadlineExceeded {
		return string(out), fmt.Errorf("timed out: %w", ctx.Err())
	}
	return string(out), err
}

func describe(err error) string {
	if err == nil {
		return "ok"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "deadline exceeded"
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return fmt.Sprintf("exit status %d", ee.ExitCode())
	}
	return "other error"
}

func main() {
	cases := []struct {
		timeout time.Duration
		name    string
		args    []string
	}{
		{500 * time.Millisecond, "echo", []string{"quick"}},
		{100 * time.Millisecond, "sleep", []string{"2"}},
		{500 * time.Millisecond, "sh", []string{"-c", "echo partial; exit 2"}},
		{80 * time.Millisecond, "sh", []string{"-c", "echo before; exec sleep 3"}},
		{500 * time.Millisecond, "sleep", []string{"0.05"}},
	}
	start := time.Now()
	timeouts := 0
	for i, c := range cases {
		out, err := runWithTimeout(c.timeout, c.name, c.args...)
		d := describe(err)
		if errors.Is(err, context.DeadlineExceeded) {
			timeouts++
		}
		fmt.Printf("case %d: %s %s => %s, out=%q\n", i, c.name, strings.Join(c.args, " "), d, strings.TrimSpace(out))
	}
	elapsed := time.Since(start)
	fmt.Printf("timeouts: %d\n", timeouts)
	fmt.Println("finished well before 2s:", elapsed < 1500*time.Millisecond)

	// Cancel explicitly rather than via deadline.
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, "sleep", "5")
	if err := cmd.Start(); err != nil {
		fmt.Println("start failed:", err)
		return
	}
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel()
	}()
	err := cmd.Wait()
	fmt.Println("cancelled wait error nil?", err == nil)
	fmt.Println("ctx err:", ctx.Err())
	if ee, ok := err.(*exec.ExitError); ok {
		fmt.Println("exited normally?", ee.Exited())
	}
}
