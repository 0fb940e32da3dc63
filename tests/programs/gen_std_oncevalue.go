package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
)

var loads int

var config = sync.OnceValue(func() map[string]string {
	loads++
	cfg := map[string]string{}
	for _, kv := range strings.Split("host=localhost;port=8080;debug=true", ";") {
		k, v, _ := strings.Cut(kv, "=")
		cfg[k] = v
	}
	return cfg
})

var parsePort = sync.OnceValues(func() (int, error) {
	loads++
	return strconv.Atoi(config()["port"])
})

var badValue = sync.OnceValues(func() (int, error) {
	loads++
	return strconv.Atoi("eighty")
})

var missing = sync.OnceValues(func() ([]byte, error) {
	return os.ReadFile("/nonexistent/definitely/not/here")
})

func main() {
	host, debug := config()["host"], config()["debug"]
	fmt.Println(host, debug, loads)
	p, err := parsePort()
	fmt.Println(p, err, loads)
	p, err = parsePort()
	fmt.Println(p, err, loads)

	for i := 0; i < 3; i++ {
		v, err := badValue()
		fmt.Println(v, err)
	}
	fmt.Println("loads:", loads)

	data, err := missing()
	fmt.Println(len(data), errors.Is(err, os.ErrNotExist))

	var calls int
	var mu sync.Mutex
	expensive := sync.OnceValue(func() []int {
		mu.Lock()
		calls++
		mu.Unlock()
		out := make([]int, 0, 10)
		for i := range 10 {
			out = append(out, i*i)
		}
		return out
	})
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = expensive()[i]
		}()
	}
	wg.Wait()
	fmt.Println(results, "calls:", calls)

	greet := sync.OnceFunc(func() { fmt.Println("hello once") })
	greet()
	greet()

	keys := sync.OnceValue(func() []string {
		ks := make([]string, 0)
		for k := range config() {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	})
	fmt.Println(keys(), &keys()[0] == &keys()[0])
}
