package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type URL struct {
	Scheme, Host, Path string
	Port               int
	Query              map[string][]string
	Fragment           string
}

func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '+':
			b.WriteByte(' ')
		case s[i] == '%' && i+2 < len(s):
			v, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				b.WriteByte('%')
				continue
			}
			b.WriteByte(byte(v))
			i += 2
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func Parse(raw string) (*URL, error) {
	u := &URL{Query: map[string][]string{}}
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return nil, fmt.Errorf("missing scheme in %q", raw)
	}
	u.Scheme = strings.ToLower(scheme)
	rest, u.Fragment, _ = strings.Cut(rest, "#")
	rest, query, _ := strings.Cut(rest, "?")
	hostport, path, _ := strings.Cut(rest, "/")
	u.Path = "/" + path
	host, port, hasPort := strings.Cut(hostport, ":")
	u.Host = host
	if hasPort {
		p, err := strconv.Atoi(port)
		if err != nil {
			return nil, fmt.Errorf("bad port: %w", err)
		}
		u.Port = p
	} else if u.Scheme == "https" {
		u.Port = 443
	} else {
		u.Port = 80
	}
	for _, kv := range strings.Split(query, "&") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		k = unescape(k)
		u.Query[k] = append(u.Query[k], unescape(v))
	}
	return u, nil
}

func main() {
	raws := []string{
		"https://example.com/search?q=go+slices&lang=en&tag=a&tag=b%20c#results",
		"HTTP://localhost:8080/api/v1/items?limit=10&&offset=%zz",
		"ftp://files.host",
		"nohost/path",
		"http://bad:port/x",
	}
	for _, r := range raws {
		u, err := Parse(r)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s | %s | %d | %s | #%s\n", u.Scheme, u.Host, u.Port, u.Path, u.Fragment)
		keys := make([]string, 0, len(u.Query))
		for k := range u.Query {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("   %s=%q (n=%d cap=%d)\n", k, u.Query[k], len(u.Query[k]), cap(u.Query[k]))
		}
	}
}
