package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q nil=%v len=%d\n", name, b, b == nil, len(b))
}

func main() {
	s := []byte("  Hello, Wörld! hello again  ")
	fmt.Println(bytes.Contains(s, []byte("llo")), bytes.Count(s, []byte("l")), bytes.Count(s, nil), bytes.Index(s, []byte("ö")), bytes.LastIndex(s, []byte("llo")), bytes.IndexByte(s, 'W'), bytes.IndexRune(s, 'ö'), bytes.IndexAny(s, "xyzW"), bytes.LastIndexAny(s, "lo"), bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("  ")))
	show("TrimSpace", bytes.TrimSpace(s))
	show("TrimSpace all", bytes.TrimSpace([]byte("   ")))
	show("TrimSpace empty", bytes.TrimSpace([]byte{}))
	show("Trim", bytes.Trim([]byte("xxhixx"), "x"))
	show("Trim all", bytes.Trim([]byte("xxxx"), "x"))
	show("TrimLeft all", bytes.TrimLeft([]byte("xxxx"), "x"))
	show("TrimRight all", bytes.TrimRight([]byte("xxxx"), "x"))
	show("TrimRight", bytes.TrimRight([]byte("hiyxyx"), "xy"))
	show("TrimLeft", bytes.TrimLeft([]byte("äähiä"), "ä"))
	show("TrimFunc", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	show("TrimPrefix", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	show("TrimSuffix", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	show("ToUpper", bytes.ToUpper(s))
	show("ToLower", bytes.ToLower([]byte("ÀB")))
	show("ToTitle", bytes.ToTitle([]byte("hi")))
	show("Title", bytes.Title([]byte("hello world")))
	show("Repeat", bytes.Repeat([]byte("ab"), 3))
	show("Repeat0", bytes.Repeat([]byte("ab"), 0))
	show("Replace", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	show("ReplaceAll", bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	show("Replace none", bytes.Replace([]byte(""), []byte("x"), []byte("y"), -1))
	show("Replace empty old", bytes.Replace([]byte("abc"), []byte(""), []byte("-"), -1))
	show("Map", bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("hello")))
	show("Join", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	show("Join0", bytes.Join(nil, []byte(",")))
	show("Join1", bytes.Join([][]byte{[]byte("")}, []byte(",")))
	for _, parts := range [][][]byte{
		bytes.Split([]byte("a,b,,c"), []byte(",")),
		bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2),
		bytes.SplitAfter([]byte("a,b,c"), []byte(",")),
		bytes.Split([]byte("héllo"), nil),
		bytes.SplitN([]byte("héllo"), nil, 3),
		bytes.Fields([]byte("  one two\tthree\n ")),
		bytes.Fields([]byte("   ")),
		bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit),
		bytes.SplitN([]byte("x"), []byte(","), 0),
	} {
		fmt.Printf("%q %d nil=%v\n", parts, len(parts), parts == nil)
	}
	parts := bytes.Split([]byte("aa,bb,cc"), []byte(","))
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%q %d\n", parts, len(parts[0]))
	orig := []byte("k1 v1 k2")
	f := bytes.Fields(orig)
	f[1][0] = 'V'
	fmt.Printf("%s %d\n", orig, len(f[0]))
	b, a, ok := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", b, a, ok)
	b, a, ok = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", b, a, ok, a == nil)
	r1, ok1 := bytes.CutPrefix([]byte("v1.2"), []byte("v"))
	r2, ok2 := bytes.CutSuffix([]byte("v1.2"), []byte(".3"))
	fmt.Printf("%q %v %q %v\n", r1, ok1, r2, ok2)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.Clone(nil) == nil, string(bytes.Clone([]byte("x"))))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xffb"), []byte("?")))
	fmt.Println(bytes.ContainsRune([]byte("abc"), 'b'), bytes.ContainsAny([]byte("abc"), "xyc"), bytes.ContainsFunc([]byte("abc"), unicode.IsUpper), bytes.IndexFunc([]byte("abC"), unicode.IsUpper), bytes.LastIndexFunc([]byte("AbC"), unicode.IsLower), bytes.LastIndexByte([]byte("abcb"), 'b'))

	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.Cap(), buf.String() == "")
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('→')
	fmt.Println(buf.String(), buf.Len(), buf.Cap())
	fmt.Fprintf(&buf, " %d-%s", 42, "x")
	fmt.Println(buf.String())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p))
	c, err := buf.ReadByte()
	fmt.Println(string(c), err, buf.UnreadByte(), buf.UnreadByte())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, err := buf.ReadRune()
	fmt.Println(string(r), size, err, buf.UnreadRune(), buf.UnreadRune())
	rest, err := buf.ReadBytes('z')
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	n, err = buf.Read(nil)
	fmt.Println(n, err)
	buf.Reset()
	buf.WriteString("0123456789")
	fmt.Printf("%q %q\n", buf.Next(3), buf.Next(100))
	buf.Reset()
	buf.WriteString("abcdef")
	buf.Truncate(3)
	fmt.Println(buf.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		buf.Truncate(10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		buf.Grow(-1)
	}()
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	bb := bytes.NewBufferString("line1\nline2\n")
	nn, err := bb.WriteTo(os.Stdout)
	fmt.Println(nn, err, bb.Len())
	bc := bytes.NewBuffer(nil)
	nr, err := bc.ReadFrom(strings.NewReader(strings.Repeat("x", 2000)))
	fmt.Println(nr, err, bc.Len(), bc.Cap())
	var g bytes.Buffer
	for i := 0; i < 100; i++ {
		g.WriteString("abcdefghij")
		if i%20 == 0 {
			fmt.Print(g.Cap(), " ")
		}
	}
	fmt.Println(g.Len(), g.Cap(), g.Available())
	g.Grow(5000)
	fmt.Println(g.Len(), g.Cap())
	small := bytes.NewBuffer(make([]byte, 0, 10))
	small.WriteString("12345678901")
	fmt.Println(small.Cap())

	rd := bytes.NewReader([]byte("héllo world"))
	fmt.Println(rd.Len(), rd.Size())
	q := make([]byte, 3)
	n, _ = rd.Read(q)
	fmt.Printf("%q %d\n", q[:n], rd.Len())
	ru, sz, _ := rd.ReadRune()
	fmt.Println(string(ru), sz, rd.UnreadRune(), rd.UnreadRune())
	pos, err := rd.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	all, _ := io.ReadAll(rd)
	fmt.Printf("%q\n", all)
	n, err = rd.ReadAt(q, 1)
	fmt.Printf("%q %d %v\n", q[:n], n, err)
	n, err = rd.ReadAt(q, 10)
	fmt.Printf("%q %d %v\n", q[:n], n, err)
	_, err = rd.Seek(-100, io.SeekStart)
	fmt.Println(err)
	rd.Reset([]byte("new"))
	bt, _ := rd.ReadByte()
	fmt.Println(string(bt), rd.UnreadByte(), rd.UnreadByte(), rd.Len())
	var w strings.Builder
	rd.WriteTo(&w)
	fmt.Println(w.String())
}
