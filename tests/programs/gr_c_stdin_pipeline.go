package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type record struct {
	lineNo int
	host   string
	level  string
	msg    string
}

func readLines(in *os.File) <-chan [2]string {
	out := make(chan [2]string, 4)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(in)
		n := 0
		for sc.Scan() {
			n++
			out <- [2]string{strconv.Itoa(n), sc.Text()}
		}
	}()
	return out
}

func parse(in <-chan [2]string) <-chan record {
	out := make(chan record)
	go func() {
		defer close(out)
		for l := range in {
			text := strings.TrimSpace(l[1])
			if text == "" || strings.HasPrefix(text, "#") {
				continue
			}
			parts := strings.SplitN(text, " ", 3)
			if len(parts) < 3 {
				continue
			}
			n, _ := strconv.Atoi(l[0])
			out <- record{lineNo: n, host: parts[0], level: strings.ToUpper(parts[1]), msg: parts[2]}
		}
	}()
	return out
}

func filter(in <-chan record, levels map[string]bool, workers int) <-chan record {
	out := make(chan record)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				if levels[r.level] {
					r.msg = strings.ReplaceAll(r.msg, "  ", " ")
					out <- r
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	levels := map[string]bool{"WARN": true, "ERROR": true}
	recs := filter(parse(readLines(os.Stdin)), levels, 3)

	var kept []record
	perHost := map[string]int{}
	for r := range recs {
		kept = append(kept, r)
		perHost[r.host]++
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].lineNo < kept[j].lineNo })
	for _, r := range kept {
		fmt.Printf("%3d %-6s %-5s %s\n", r.lineNo, r.host, r.level, r.msg)
	}
	hosts := make([]string, 0, len(perHost))
	for h := range perHost {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	for _, h := range hosts {
		fmt.Printf("%s: %d\n", h, perHost[h])
	}
	fmt.Printf("kept %d records\n", len(kept))
	if len(kept) == 0 {
		os.Exit(2)
	}
}
