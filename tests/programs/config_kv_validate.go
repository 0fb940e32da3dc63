package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type config struct {
	values  map[string]string
	section string
}

var errDuplicate = errors.New("duplicate key")

func (c *config) set(key, val string) error {
	if c.section != "" {
		key = c.section + "." + key
	}
	if _, ok := c.values[key]; ok {
		return fmt.Errorf("%q: %w", key, errDuplicate)
	}
	c.values[key] = val
	return nil
}

func main() {
	cfg := &config{values: map[string]string{}}
	rd := bufio.NewReader(os.Stdin)
	var problems []string
	for n := 1; ; n++ {
		line, err := rd.ReadString('\n')
		if line == "" && err != nil {
			break
		}
		line = strings.TrimSpace(line)
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cfg.section = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			problems = append(problems, fmt.Sprintf("line %d: missing '=' in %q", n, line))
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.Trim(strings.TrimSpace(val), `"`)
		if err := cfg.set(key, val); err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v (dup=%t)", n, err, errors.Is(err, errDuplicate)))
		}
	}

	var keys []string
	for k := range cfg.values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := cfg.values[k]
		kind := "string"
		if b, err := strconv.ParseBool(v); err == nil {
			kind = "bool:" + strconv.FormatBool(b)
		} else if i, err := strconv.Atoi(v); err == nil {
			kind = "int:" + strconv.Itoa(i*1)
		} else if u, err := strconv.ParseInt(v, 0, 64); err == nil {
			kind = fmt.Sprintf("int0:%d", u)
		} else if f, err := strconv.ParseFloat(v, 64); err == nil {
			kind = "float:" + strconv.FormatFloat(f, 'g', -1, 64)
		}
		fmt.Printf("%-22s = %-18q %s\n", k, v, kind)
	}

	checks := []struct{ key, typ string }{
		{"server.port", "port"}, {"server.workers", "int"}, {"server.debug", "bool"},
		{"db.timeout_ms", "int"}, {"db.pool", "int"}, {"cache.enabled", "bool"}, {"cache.size", "int"}, {"missing.key", "int"},
	}
	for _, c := range checks {
		v, ok := cfg.values[c.key]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: not set", c.key))
			continue
		}
		switch c.typ {
		case "port":
			p, err := strconv.ParseUint(v, 10, 16)
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", c.key, err))
			} else if p < 1024 {
				problems = append(problems, fmt.Sprintf("%s: privileged port %d", c.key, p))
			}
		case "int":
			if _, err := strconv.Atoi(v); err != nil {
				var ne *strconv.NumError
				if errors.As(err, &ne) {
					problems = append(problems, fmt.Sprintf("%s: func=%s num=%q err=%v", c.key, ne.Func, ne.Num, ne.Err))
				}
			}
		case "bool":
			if _, err := strconv.ParseBool(v); err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", c.key, err))
			}
		}
	}
	fmt.Printf("%d problems:\n  %s\n", len(problems), strings.Join(problems, "\n  "))
}
