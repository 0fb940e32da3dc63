package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Config struct {
	Port    int
	Host    string
	Debug   bool
	Workers int
}

func parseConfig(lines []string) (Config, []error) {
	cfg := Config{Port: 80, Host: "localhost", Workers: 1}
	var errs []error
	for n, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: missing '='", n+1))
			continue
		}
		var err error
		switch strings.TrimSpace(k) {
		case "port":
			cfg.Port, err = strconv.Atoi(v)
		case "host":
			cfg.Host = v
		case "debug":
			cfg.Debug, err = strconv.ParseBool(v)
		case "workers":
			cfg.Workers, err = strconv.Atoi(v)
			if err == nil && cfg.Workers <= 0 {
				err = fmt.Errorf("workers must be positive, got %d", cfg.Workers)
			}
		default:
			err = fmt.Errorf("unknown key %q", k)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", n+1, err))
		}
	}
	return cfg, errs
}

func main() {
	defer fmt.Println("this deferred call never runs")
	good := []string{"# sample", "port=8080", "host=example.com", "", "debug=true", "workers=4"}
	cfg, errs := parseConfig(good)
	fmt.Printf("%+v %d\n", cfg, len(errs))
	bad := []string{"port=eighty", "verbose=1", "workers=0", "nonsense", "debug=maybe", "host=ok"}
	cfg, errs = parseConfig(bad)
	fmt.Printf("%+v\n", cfg)
	for _, e := range errs {
		fmt.Println(" -", e)
	}
	if len(errs) > 0 {
		fmt.Fprintf(os.Stderr, "%d config errors\n", len(errs))
		os.Exit(3)
	}
}
