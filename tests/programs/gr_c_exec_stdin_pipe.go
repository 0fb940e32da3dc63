package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

func main() {
	// Feed sort through StdinPipe from a goroutine, read result via CombinedOutput-like buffer.
	cmd := exec.Command("sort", "-n")
	in, err := cmd.StdinPipe()
	if err != nil {
		fmt.Println("stdin pipe:", err)
		os.Exit(1)
	}
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		fmt.Println("start:", err)
		os.Exit(1)
	}
	go func() {
		defer in.Close()
		for _, n := range []int{42, 7, 1000, 3, 99, 15, 8} {
			fmt.Fprintln(in, n)
		}
	}()
	data, _ := io.ReadAll(out)
	cmd.Wait()
	fmt.Println("sorted:", strings.Join(strings.Fields(string(data)), " "))

	// Env and Dir
	c2 := exec.Command("sh", "-c", `echo "$GREETING from $(basename "$PWD")"`)
	c2.Env = append(os.Environ(), "GREETING=hi")
	c2.Dir = "/"
	b, err := c2.CombinedOutput()
	fmt.Printf("env/dir: %q err=%v\n", strings.TrimSpace(string(b)), err)

	// LookPath and ErrNotFound
	_, err = exec.LookPath("definitely-not-a-real-cmd-xyz")
	fmt.Println("lookpath not found:", errors.Is(err, exec.ErrNotFound))
	p, err := exec.LookPath("sh")
	fmt.Println("sh found:", err == nil && strings.HasSuffix(p, "/sh"))

	// A long-running child whose grandchild keeps stdout open; WaitDelay bounds Wait.
	c3 := exec.Command("sh", "-c", "echo start; (sleep 3; echo never) & exit 0")
	c3.WaitDelay = 100 * time.Millisecond
	var sb strings.Builder
	c3.Stdout = &sb
	t0 := time.Now()
	err = c3.Run()
	fmt.Printf("waitdelay: out=%q errDelay=%v quick=%v\n", strings.TrimSpace(sb.String()), errors.Is(err, exec.ErrWaitDelay), time.Since(t0) < time.Second)

	// Scanner over combined output of a multi-line script, processed concurrently.
	c4 := exec.Command("sh", "-c", "for u in root daemon nobody; do echo \"$u:x\"; done; echo warn >&2")
	pr, _ := c4.StdoutPipe()
	c4.Stderr = c4.Stdout
	c4.Start()
	users := make(chan string)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			users <- strings.SplitN(sc.Text(), ":", 2)[0]
		}
		close(users)
	}()
	var names []string
	for u := range users {
		names = append(names, u)
	}
	err = c4.Wait()
	fmt.Println("users:", names, "err:", err)
	fmt.Println("string form:", c4.String() != "")
}
