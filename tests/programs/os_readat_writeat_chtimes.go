package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

func main() {
	dir, _ := os.MkdirTemp("", "at")
	defer os.RemoveAll(dir)
	name := dir + "/f.txt"
	os.WriteFile(name, []byte("0123456789"), 0644)
	f, _ := os.OpenFile(name, os.O_RDWR, 0)
	b := make([]byte, 4)
	n, err := f.ReadAt(b, 3)
	fmt.Println(n, err, string(b[:n]))
	n, err = f.ReadAt(b, 8)
	fmt.Println(n, err, string(b[:n]))
	n, err = f.ReadAt(b, 20)
	fmt.Println(n, err)
	_, err = f.ReadAt(b, -1)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	n, err = f.WriteAt([]byte("AB"), 2)
	fmt.Println(n, err)
	n, err = f.WriteAt([]byte("Z"), 12)
	fmt.Println(n, err)
	_, err = f.WriteAt([]byte("Z"), -2)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	var buf bytes.Buffer
	f.Seek(0, io.SeekStart)
	m, err := f.WriteTo(&buf)
	fmt.Printf("%d %v %q\n", m, err, buf.String())
	m, err = f.ReadFrom(strings.NewReader("tail"))
	fmt.Println(m, err)
	f.Close()
	_, err = f.ReadAt(b, 0)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	data, _ := os.ReadFile(name)
	fmt.Printf("%q\n", data)
	af, _ := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	_, err = af.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	af.Close()
	mt := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	fmt.Println(os.Chtimes(name, time.Time{}, mt))
	fi, _ := os.Stat(name)
	fmt.Println(fi.ModTime().UTC())
	fmt.Println(strings.Replace(os.Chtimes(dir+"/none", mt, mt).Error(), dir, "DIR", 1))
	fmt.Println(os.Chown(name, os.Getuid(), os.Getgid()), os.Lchown(name, -1, -1))
	fmt.Println(strings.Replace(os.Chown(dir+"/none", 0, 0).Error(), dir, "DIR", 1))
}
