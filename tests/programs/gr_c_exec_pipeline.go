package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
)

// pipeline runs cmds connected stdout->stdin like a shell pipe.
func pipeline(input string, cmds ...*exec.Cmd) (string, error) {
	cmds[0].Stdin = strings.NewReader(input)
	for i := 0; i < len(cmds)-1; i++ {
		out, err := cmds[i].StdoutPipe()
		if err != nil {
			return "", err
		}
		cmds[i+1].Stdin = out
	}
	var buf bytes.Buffer
	cmds[len(cmds)-1].Stdout = &buf
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			return "", err
		}
	}
	var firstErr error
	for _, c := range cmds {
		if err := c.Wait(); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	return buf.String(), firstErr
}

func main() {
	passwd := "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\nalice:x:1000:1000::/home/alice:/bin/zsh\nbob:x:1001:1001::/home/bob:/bin/bash\nsync:x:4:65534::/bin:/bin/sync\n"
	out, err := pipeline(passwd,
		exec.Command("cut", "-d:", "-f7"),
		exec.Command("sort"),
		exec.Command("uniq", "-c"),
		exec.Command("sort", "-rn"),
	)
	fmt.Println("shells (err=", err, "):")
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		fmt.Println("  " + strings.TrimSpace(l))
	}

	// Run many small pipelines concurrently, bounded by a semaphore.
	words := []string{"kernel", "systemd", "journal", "cgroup", "namespace", "iptables", "selinux", "apparmor", "udev", "fstab", "sysctl", "modprobe"}
	sem := make(chan struct{}, 4)
	res := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			o, err := pipeline(w+"\n", exec.Command("rev"), exec.Command("tr", "a-z", "A-Z"))
			if err != nil {
				res[i] = "error: " + err.Error()
				return
			}
			res[i] = strings.TrimSpace(o)
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(res, " "))

	_, err = pipeline("x\n", exec.Command("cat"), exec.Command("sh", "-c", "cat >/dev/null; exit 5"))
	fmt.Println("failing stage:", err)
	if err != nil {
		os.Exit(3)
	}
}
