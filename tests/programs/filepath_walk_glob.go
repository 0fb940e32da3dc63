package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "walk")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	os.Chdir(root)
	for _, d := range []string{"src/app", "src/lib/deep", "docs", "empty", "skip/inner"} {
		os.MkdirAll(d, 0755)
	}
	for _, f := range []string{"src/app/main.go", "src/app/util.go", "src/lib/lib.go", "src/lib/deep/x.txt", "docs/README.md", "top.go", "skip/inner/no.go", "b.txt", "a.txt"} {
		os.WriteFile(f, []byte(strings.Repeat("x", len(f))), 0644)
	}
	os.Symlink("src", "link")
	fmt.Println("-- WalkDir")
	err = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		info, _ := d.Info()
		fmt.Println(p, d.IsDir(), d.Type(), info.Size() >= 0, d)
		return nil
	})
	fmt.Println(err)
	fmt.Println("-- Walk")
	var total int64
	err = filepath.Walk("src", func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() {
			total += info.Size()
		}
		fmt.Println(p, info.Name(), info.IsDir(), info.Mode().IsRegular())
		if p == "src/lib/deep/x.txt" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println(total, err)
	fmt.Println("-- SkipAll")
	n := 0
	err = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		n++
		if n == 4 {
			return filepath.SkipAll
		}
		fmt.Println(p)
		return nil
	})
	fmt.Println(err)
	fmt.Println("-- errors")
	stop := errors.New("stop here")
	err = filepath.WalkDir("docs", func(p string, d fs.DirEntry, err error) error {
		if !d.IsDir() {
			return stop
		}
		return nil
	})
	fmt.Println(err, err == stop)
	err = filepath.WalkDir("missing", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("visit", p, d == nil, err)
		return err
	})
	fmt.Println(err)
	err = filepath.Walk("missing", func(p string, info fs.FileInfo, err error) error {
		fmt.Println("visit", p, info == nil, err)
		return nil
	})
	fmt.Println(err)
	fmt.Println("-- Glob")
	for _, pat := range []string{"*.txt", "src/*/*.go", "*/*", "src/[al]*", "nothing*", "top.go", "missing.go", "[", "src/*/deep/*", "*/[", "\\*"} {
		m, err := filepath.Glob(pat)
		fmt.Printf("%s %q %v %v\n", pat, m, m == nil, err)
	}
	abs, err := filepath.Abs("src/../docs/./README.md")
	fmt.Println(strings.TrimPrefix(abs, root), err)
	abs, _ = filepath.Abs("/x/../y")
	fmt.Println(abs)
	os.Chdir("/")
}
