package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789abcdef")
	s := io.NewSectionReader(r, 4, 6)
	b, err := io.ReadAll(s)
	fmt.Printf("%q %v %d\n", b, err, s.Size())
	fmt.Println(s.Seek(2, io.SeekStart))
	p := make([]byte, 10)
	n, err := s.Read(p)
	fmt.Printf("%q %v\n", p[:n], err)
	n, err = s.ReadAt(p, 3)
	fmt.Printf("%q %v\n", p[:n], err)
	n, err = s.ReadAt(p[:2], 1)
	fmt.Printf("%q %v\n", p[:n], err)
	fmt.Println(s.Seek(-1, io.SeekStart))
	fmt.Println(s.Seek(0, 7))
	fmt.Println(s.Seek(-2, io.SeekEnd))
	_, off, size := s.Outer()
	fmt.Println(off, size)
	dir, _ := os.MkdirTemp("", "ow")
	defer os.RemoveAll(dir)
	f, _ := os.Create(dir + "/f")
	f.WriteString("..........")
	w := io.NewOffsetWriter(f, 3)
	w.Write([]byte("AB"))
	w.WriteAt([]byte("Z"), 5)
	fmt.Println(w.Seek(1, io.SeekCurrent))
	w.Write([]byte("C"))
	fmt.Println(w.WriteAt(nil, -1))
	f.Close()
	data, _ := os.ReadFile(dir + "/f")
	fmt.Printf("%q\n", data)
}
