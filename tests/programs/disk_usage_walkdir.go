package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func mustWrite(path string, size int) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile(path, []byte(strings.Repeat("z", size)), 0o644); err != nil {
		panic(err)
	}
}

func human(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1fM", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1fK", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%dB", n)
}

func main() {
	root, err := os.MkdirTemp("", "du-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)

	mustWrite(filepath.Join(root, "var/log/syslog"), 5000)
	mustWrite(filepath.Join(root, "var/log/auth.log"), 1200)
	mustWrite(filepath.Join(root, "var/log/old/syslog.1"), 20000)
	mustWrite(filepath.Join(root, "var/cache/apt/pkgcache.bin"), 3000)
	mustWrite(filepath.Join(root, "etc/hosts"), 80)
	mustWrite(filepath.Join(root, "etc/ssh/sshd_config"), 3100)
	mustWrite(filepath.Join(root, "home/ann/.bashrc"), 300)
	mustWrite(filepath.Join(root, "home/ann/notes.txt"), 0)
	os.MkdirAll(filepath.Join(root, "tmp/empty"), 0o755)
	os.Symlink("../etc/hosts", filepath.Join(root, "home/hosts-link"))

	dirSize := map[string]int64{}
	byExt := map[string]int{}
	files, dirs, links := 0, 0, 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.Name() == "cache" && d.IsDir() {
			fmt.Println("skip dir:", rel)
			return filepath.SkipDir
		}
		if d.IsDir() {
			dirs++
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			links++
			target, _ := os.Readlink(path)
			fmt.Printf("link %s -> %s\n", rel, target)
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files++
		ext := filepath.Ext(d.Name())
		if ext == "" {
			ext = "(none)"
		}
		byExt[ext]++
		for dir := filepath.Dir(rel); ; dir = filepath.Dir(dir) {
			dirSize[dir] += info.Size()
			if dir == "." {
				break
			}
		}
		return nil
	})
	fmt.Println("walk err:", err)
	fmt.Printf("files=%d dirs=%d links=%d\n", files, dirs, links)

	var keys []string
	for k := range dirSize {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if dirSize[keys[i]] != dirSize[keys[j]] {
			return dirSize[keys[i]] > dirSize[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%8s %7d  %s\n", human(dirSize[k]), dirSize[k], filepath.ToSlash(k))
	}
	var exts []string
	for e := range byExt {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		fmt.Printf("ext %-7s %d\n", e, byExt[e])
	}
	entries, err := os.ReadDir(filepath.Join(root, "var/log"))
	for _, e := range entries {
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type().IsRegular())
	}
	fmt.Println(err)
}
