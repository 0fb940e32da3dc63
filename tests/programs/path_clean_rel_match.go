package main

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	ps := []string{"", ".", "..", "/", "//", "a", "a/", "/a/b/../c/./d/", "a/../..", "../../a/b/..", "/../a", "a//b///c", "./a", "abc/def/ghi.tar.gz", "/x/.hidden", "a/b/", "a.b/c", "...", "a/...", "/..", "../", "x/..//y", "a/./b/../../c", "//a//b//"}
	for _, p := range ps {
		d, f := path.Split(p)
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q split=%q,%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), d, f, path.IsAbs(p))
		d, f = filepath.Split(p)
		fmt.Printf("  fp: %q %q %q %q %q,%q %v %v\n", filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), d, f, filepath.IsAbs(p), filepath.IsLocal(p))
	}
	fmt.Println(path.Join(), path.Join(""), path.Join("", ""), path.Join("a", "b"), path.Join("a", "", "b/"), path.Join("/", "a"), path.Join("a", "../../b"), filepath.Join("dir", "sub", "..", "f.txt"))
	rels := [][2]string{{"a/b", "a/b/c/d"}, {"/a/b", "/a/c"}, {"a", "/b"}, {"/", "/a"}, {".", "a/b"}, {"a/b/c", "a"}, {"../a", "b"}, {"a", "a"}, {"/a/b/c", "/a/x/y"}, {"..", "../x"}, {"a/..", "b"}, {"", "x"}, {"/a", "/a/"}, {"a/b", "a/bc"}}
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q,%q) = %q %v\n", r[0], r[1], s, err)
	}
	pats := [][2]string{{"*", "abc"}, {"*", "a/b"}, {"a*", "abc"}, {"a*/b", "abc/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b?c*x", "abxbbxdbxebxczzx"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "-"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[-x]", "x"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"[a/]", "/"}, {"*[a/]*c", "a/c"}, {"", ""}, {"", "a"}, {"a", ""}, {"**", "ab"}, {"*.go", "main.go"}, {"*.go", ".go"}, {"x*[", "xyz"}, {"*\\", "a"}}
	for _, p := range pats {
		ok, err := path.Match(p[0], p[1])
		ok2, err2 := filepath.Match(p[0], p[1])
		fmt.Printf("Match(%q,%q) = %v %v | %v %v %v %v\n", p[0], p[1], ok, err, ok2, err2, errors.Is(err2, filepath.ErrBadPattern), errors.Is(err2, path.ErrBadPattern))
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin::x"), filepath.SplitList("a"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a"), string(filepath.Separator), string(filepath.ListSeparator))
	for _, p := range []string{"a/b", ".", "a/../b", "/a", "", "a/./b", "a\x00b", "../a", "a//b"} {
		l, err := filepath.Localize(p)
		fmt.Printf("%q %v\n", l, err)
	}
}
