// Parsing key=value configuration text
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const config = `
# server configuration
host = example.com
port=8080
debug = true
timeout = 2.5
name = "my server"
empty =
invalid line
workers = 4
`

type Config struct {
	Host    string
	Port    int
	Debug   bool
	Timeout float64
	Workers int
}

func parse(text string) (map[string]string, []string) {
	kv := map[string]string{}
	var problems []string
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			problems = append(problems, fmt.Sprintf("line %d: no '=' in %q", n, line))
			continue
		}
		k = strings.TrimSpace(k)
		v = strings.Trim(strings.TrimSpace(v), `"`)
		kv[k] = v
	}
	return kv, problems
}

func main() {
	kv, problems := parse(config)
	keys := make([]string, 0, len(kv))
	for k := range kv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s => %q\n", k, kv[k])
	}
	for _, p := range problems {
		fmt.Println("problem:", p)
	}
	var c Config
	c.Host = kv["host"]
	c.Port, _ = strconv.Atoi(kv["port"])
	c.Debug, _ = strconv.ParseBool(kv["debug"])
	c.Timeout, _ = strconv.ParseFloat(kv["timeout"], 64)
	c.Workers, _ = strconv.Atoi(kv["workers"])
	fmt.Printf("%+v\n", c)
	if _, err := strconv.Atoi(kv["empty"]); err != nil {
		fmt.Println("empty:", err)
	}
}
