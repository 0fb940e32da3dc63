package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type RW interface {
	Reader
	Writer
}

type File struct{ buf []string }

func (f *File) Read() string {
	if len(f.buf) == 0 {
		return ""
	}
	s := f.buf[0]
	f.buf = f.buf[1:]
	return s
}
func (f *File) Write(s string) { f.buf = append(f.buf, s) }

type ROFile struct{ data string }

func (r ROFile) Read() string { return r.data }

func upgrade(r Reader) (RW, bool) {
	rw, ok := r.(RW)
	return rw, ok
}

func main() {
	f := &File{}
	var rw RW = f
	var r Reader = rw
	var w Writer = rw
	w.Write("one")
	w.Write("two")
	fmt.Println(r.Read(), rw.Read(), r.Read() == "")
	var a any = r
	r2 := a.(Reader)
	fmt.Println("same dynamic value:", r2 == r, a == any(f), Reader(f) == r)

	if up, ok := upgrade(r); ok {
		up.Write("three")
		fmt.Println("upgraded:", up.Read())
	}
	_, ok := upgrade(ROFile{"ro"})
	fmt.Println("ROFile upgraded:", ok)

	readers := []Reader{ROFile{"x"}, f, nil}
	for i, rd := range readers {
		w, isW := rd.(Writer)
		fmt.Printf("%d %T writer=%v %v\n", i, rd, isW, w != nil)
	}
	w = nil
	var nilRW RW
	r = nilRW
	fmt.Println("nil iface to narrower is nil:", r == nil, w == nil)
	var x interface {
		Read() string
	} = ROFile{"anon"}
	r = x
	fmt.Println("anonymous interface assignable:", r.Read())
	fmt.Printf("%T %v\n", Reader(ROFile{"c"}), Reader(ROFile{"c"}))
}
