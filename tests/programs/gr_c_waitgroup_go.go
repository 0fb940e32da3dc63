package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

type diskUsage struct {
	dir   string
	files int
	bytes int64
}

func main() {
	root, err := os.MkdirTemp("", "du-")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer os.RemoveAll(root)
	layout := map[string][]int{
		"etc":     {120, 45, 3000},
		"var/log": {50000, 12000, 800, 1},
		"home":    {},
		"opt/app": {4096, 4096},
		"tmp":     {7},
	}
	for d, sizes := range layout {
		full := filepath.Join(root, d)
		if err := os.MkdirAll(full, 0o755); err != nil {
			fmt.Println(err)
			return
		}
		for i, sz := range sizes {
			os.WriteFile(filepath.Join(full, fmt.Sprintf("f%d", i)), []byte(strings.Repeat("z", sz)), 0o600)
		}
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	var results []diskUsage
	for d := range layout {
		wg.Go(func() {
			du := diskUsage{dir: d}
			filepath.WalkDir(filepath.Join(root, d), func(p string, e os.DirEntry, err error) error {
				if err != nil || e.IsDir() {
					return err
				}
				info, err := e.Info()
				if err != nil {
					return err
				}
				du.files++
				du.bytes += info.Size()
				return nil
			})
			mu.Lock()
			results = append(results, du)
			mu.Unlock()
		})
	}
	wg.Wait()

	sort.Slice(results, func(i, j int) bool {
		if results[i].bytes != results[j].bytes {
			return results[i].bytes > results[j].bytes
		}
		return results[i].dir < results[j].dir
	})
	var total int64
	for _, r := range results {
		total += r.bytes
		fmt.Printf("%8d  %-8s (%d files)\n", r.bytes, r.dir, r.files)
	}
	fmt.Printf("%8d  total\n", total)

	var wg2 sync.WaitGroup
	squares := make([]int, 10)
	for i := range squares {
		wg2.Go(func() { squares[i] = i * i })
	}
	wg2.Wait()
	fmt.Println("squares:", squares)
	os.RemoveAll(root)
	_, err = os.Stat(root)
	fmt.Println("cleaned up:", os.IsNotExist(err))
}
