package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir := os.Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	dir += "/memrun_os_file_tour"
	os.Remove(dir + "/f.txt")
	os.Remove(dir)
	fmt.Println(os.Mkdir(dir, 0700), os.Getenv("NO_SUCH_VAR_X") == "")
	defer os.Remove(dir)
	defer os.Remove(dir + "/f.txt")
	_, ok := os.LookupEnv("NO_SUCH_VAR_X")
	fmt.Println(ok)
	os.Setenv("MEMRUN_T", "v1")
	v, ok := os.LookupEnv("MEMRUN_T")
	fmt.Println(v, ok, os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Unsetenv("MEMRUN_T")
	_, ok = os.LookupEnv("MEMRUN_T")
	fmt.Println(ok)
	name := dir + "/f.txt"
	err := os.WriteFile(name, []byte("line one\nline two\n"), 0644)
	fmt.Println(err)
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	fmt.Fprintln(f, "line three")
	fmt.Println(f.Close(), strings.Replace(fmt.Sprint(f.Close()), dir, "DIR", 1))
	_, err = f.Write([]byte("x"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, os.ErrClosed))
	r, _ := os.Open(name)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println(">", sc.Text())
	}
	r.Close()
	g, _ := os.Create(dir + "/g.txt")
	w := bufio.NewWriter(g)
	fmt.Fprintf(w, "%d %s\n", 42, "answer")
	w.Flush()
	g.Close()
	b, _ := os.ReadFile(dir + "/g.txt")
	fmt.Print(string(b))
	fmt.Println(os.Mkdir(dir+"/sub", 0755), os.Mkdir(dir+"/sub", 0755) != nil, os.Remove(dir+"/sub"), os.Remove(dir+"/g.txt"), strings.Replace(fmt.Sprint(os.Remove(dir+"/nope")), dir, "DIR", 1))
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println(strings.Replace(fmt.Sprint(err), dir, "DIR", 1), errors.Is(err, fs.ErrExist))
	var m fs.FileMode = 0755 | fs.ModeDir
	fmt.Println(m, m.IsDir(), m.Perm(), fs.FileMode(0644), fs.ModeSymlink|fs.ModeSetuid|0700)
}
