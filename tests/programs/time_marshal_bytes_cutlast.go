package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	for _, t := range []time.Time{time.Date(2024, 1, 2, 3, 4, 5, 600, time.UTC), time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("X", 5*3600+1800)), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("S", 90)), time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("H", 25*3600))} {
		b, err := t.MarshalText()
		j, err2 := t.MarshalJSON()
		a, err3 := t.AppendText([]byte("x:"))
		fmt.Printf("%s %v | %s %v | %s %v\n", b, err, j, err2, a, err3)
	}
	var t time.Time
	fmt.Println(t.UnmarshalText([]byte("2024-05-06T07:08:09.5+02:00")), t)
	fmt.Println(t.UnmarshalJSON([]byte(`"2024-05-06T07:08:09Z"`)), t)
	fmt.Println(t.UnmarshalJSON([]byte(`null`)), t)
	fmt.Println(t.UnmarshalJSON([]byte(`2024`)), t)
	fmt.Println(t.UnmarshalText([]byte("nope")))
	data, _ := os.ReadFile("testdata/zoneinfo/Europe/Berlin")
	loc, err := time.LoadLocationFromTZData("Berlin", data)
	fmt.Println(loc, err, time.Unix(1700000000, 0).In(loc))
	_, err = time.LoadLocationFromTZData("bad", []byte("nope"))
	fmt.Println(err)
	fmt.Println(bytes.CutLast([]byte("a,b,c"), []byte(",")))
	b, a, f := bytes.CutLast([]byte("abc"), []byte(","))
	fmt.Println(string(b), a == nil, f)
	buf := bytes.NewBufferString("hello")
	p, err := buf.Peek(3)
	fmt.Println(string(p), err, buf.Len())
	p, err = buf.Peek(9)
	fmt.Println(string(p), err)
	fmt.Println(filepath.HasPrefix("/a/b", "/a"), filepath.HasPrefix("a", "ab"))
}
