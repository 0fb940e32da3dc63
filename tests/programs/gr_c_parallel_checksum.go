package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

type result struct {
	name string
	sum  string
	fnv  uint32
	size int64
	err  error
}

func checksum(path string) result {
	r := result{name: filepath.Base(path)}
	f, err := os.Open(path)
	if err != nil {
		r.err = err
		return r
	}
	defer f.Close()
	h := sha256.New()
	h2 := fnv.New32a()
	n, err := io.Copy(io.MultiWriter(h, h2), f)
	if err != nil {
		r.err = err
		return r
	}
	r.size = n
	r.sum = hex.EncodeToString(h.Sum(nil))[:16]
	r.fnv = h2.Sum32()
	return r
}

func main() {
	dir, err := os.MkdirTemp("", "cksum-")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)

	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	for i := 0; i < 12; i++ {
		d := dir
		if i%3 == 0 {
			d = sub
		}
		content := strings.Repeat(fmt.Sprintf("line %d of file %d\n", i, i), i*7+1)
		p := filepath.Join(d, fmt.Sprintf("file%02d.txt", i))
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			fmt.Println("write:", err)
			return
		}
	}

	var paths []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	paths = append(paths, filepath.Join(dir, "missing.txt"))

	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				results <- checksum(p)
			}
		}()
	}
	go func() {
		for _, p := range paths {
			jobs <- p
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].name < all[j].name })
	var total int64
	errs := 0
	for _, r := range all {
		if r.err != nil {
			errs++
			fmt.Printf("%-12s ERROR %v\n", r.name, os.IsNotExist(r.err))
			continue
		}
		total += r.size
		fmt.Printf("%-12s %6d %s %08x\n", r.name, r.size, r.sum, r.fnv)
	}
	fmt.Printf("files=%d errors=%d bytes=%d\n", len(all)-errs, errs, total)
	os.RemoveAll(dir)
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		fmt.Println("temp dir removed")
	}
}
