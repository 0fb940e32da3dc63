package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println("pipe:", err)
		os.Exit(1)
	}

	var wg sync.WaitGroup
	wg.Add(2)

	// Producer: writes log-ish records into the write end of the pipe.
	var written int
	go func() {
		defer wg.Done()
		defer w.Close()
		bw := bufio.NewWriter(w)
		for i := 1; i <= 2000; i++ {
			lvl := "INFO"
			if i%97 == 0 {
				lvl = "ERROR"
			} else if i%13 == 0 {
				lvl = "WARN"
			}
			n, _ := fmt.Fprintf(bw, "%05d %s request handled by worker-%d\n", i, lvl, i%7)
			written += n
		}
		bw.Flush()
	}()

	// Consumer: reads from the read end, counts levels and bytes.
	counts := map[string]int{}
	var readBytes int
	var firstErr, lastErr string
	go func() {
		defer wg.Done()
		defer r.Close()
		br := bufio.NewReader(r)
		for {
			line, err := br.ReadString('\n')
			readBytes += len(line)
			if line != "" {
				f := strings.Fields(line)
				counts[f[1]]++
				if f[1] == "ERROR" {
					if firstErr == "" {
						firstErr = f[0]
					}
					lastErr = f[0]
				}
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				fmt.Println("read error:", err)
				return
			}
		}
	}()
	wg.Wait()

	fmt.Println("bytes written:", written)
	fmt.Println("bytes read:   ", readBytes)
	for _, l := range []string{"INFO", "WARN", "ERROR"} {
		fmt.Printf("%-5s %d\n", l, counts[l])
	}
	fmt.Println("first error:", firstErr, "last error:", lastErr)

	// A second pipe used as a simple done-signal between goroutines.
	r2, w2, _ := os.Pipe()
	go func() {
		io.WriteString(w2, "shutdown-ack")
		w2.Close()
	}()
	msg, _ := io.ReadAll(r2)
	r2.Close()
	fmt.Printf("signal: %s\n", msg)
	_, err = w.Write([]byte("x"))
	fmt.Println("write after close fails:", err != nil)
}
