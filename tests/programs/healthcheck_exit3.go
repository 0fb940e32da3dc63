package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

type check struct {
	name string
	fn   func() (string, error)
}

var errStale = errors.New("stale heartbeat")

func main() {
	dir, err := os.MkdirTemp("", "health")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir) // skipped by os.Exit below; removed explicitly instead
	hb := filepath.Join(dir, "heartbeat")
	pidf := filepath.Join(dir, "svc.pid")
	os.WriteFile(hb, []byte("ok\n"), 0o644)
	os.WriteFile(pidf, []byte("  12x\n"), 0o644)
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	os.Chtimes(hb, now.Add(-10*time.Minute), now.Add(-7*time.Minute-30*time.Second))

	checks := []check{
		{"heartbeat", func() (string, error) {
			fi, err := os.Stat(hb)
			if err != nil {
				return "", err
			}
			age := now.Sub(fi.ModTime())
			if age > 5*time.Minute {
				return age.String(), fmt.Errorf("%w: last write %s ago at %s", errStale, age, fi.ModTime().UTC().Format(time.TimeOnly))
			}
			return age.String(), nil
		}},
		{"pidfile", func() (string, error) {
			b, err := os.ReadFile(pidf)
			if err != nil {
				return "", err
			}
			pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
			return strconv.Itoa(pid), err
		}},
		{"socket", func() (string, error) {
			_, err := os.Lstat(filepath.Join(dir, "svc.sock"))
			return "", err
		}},
		{"disk", func() (string, error) {
			out, err := exec.Command("sh", "-c", "printf '%s\\n' 41 97 12 | sort -n | head -n 3 | tr '\\n' ' '").Output()
			fields := strings.Fields(string(out))
			worst, _ := strconv.Atoi(fields[len(fields)-1])
			if worst > 90 {
				return string(out), fmt.Errorf("volume at %d%%", worst)
			}
			return string(out), err
		}},
		{"probe", func() (string, error) {
			out, err := exec.Command("sh", "-c", "echo 'HTTP 503'; exit 2").CombinedOutput()
			return strings.TrimSpace(string(out)), err
		}},
		{"config", func() (string, error) { return "valid", nil }},
	}
	failed := 0
	for i, c := range checks {
		detail, err := c.fn()
		status := "PASS"
		if err != nil {
			status = "FAIL"
			failed++
		}
		fmt.Printf("%d. %-10s %s %q\n", i+1, c.name, status, detail)
		if err != nil {
			msg := strings.ReplaceAll(err.Error(), dir, "<dir>")
			fmt.Printf("   -> %s (stale=%v notexist=%v)\n", msg, errors.Is(err, errStale), errors.Is(err, os.ErrNotExist))
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				fmt.Println("   -> exit code", ee.ExitCode())
			}
		}
	}
	fmt.Printf("%d/%d checks failed\n", failed, len(checks))
	if failed > 0 {
		os.RemoveAll(dir)
		defer fmt.Println("this deferred line must not appear")
		os.Exit(3)
	}
	fmt.Println("healthy")
}
