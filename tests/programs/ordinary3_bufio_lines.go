package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const config = `# server config
name = demo

port= 8080
  debug =true
[paths]
root = /srv/www
logs=/var/log/demo   
bogus line
[limits]
max_conn = 100
`

type Section struct {
	Name string
	Keys []string
	Vals map[string]string
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(config))
	var sections []*Section
	cur := &Section{Name: "", Vals: map[string]string{}}
	sections = append(sections, cur)
	lineNo := 0
	var warnings []string
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = &Section{Name: line[1 : len(line)-1], Vals: map[string]string{}}
			sections = append(sections, cur)
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				warnings = append(warnings, fmt.Sprintf("line %d: %q", lineNo, line))
				continue
			}
			k = strings.TrimSpace(k)
			cur.Keys = append(cur.Keys, k)
			cur.Vals[k] = strings.TrimSpace(v)
		}
	}
	for _, s := range sections {
		fmt.Printf("[%s] keys=%d cap=%d\n", s.Name, len(s.Keys), cap(s.Keys))
		for _, k := range s.Keys {
			fmt.Printf("  %s=%q\n", k, s.Vals[k])
		}
	}
	fmt.Println("warnings:", warnings)
	fmt.Println("sections", len(sections), cap(sections))

	in := bufio.NewScanner(os.Stdin)
	n := 0
	for in.Scan() {
		n++
	}
	fmt.Println("stdin lines:", n, in.Err())
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
}
