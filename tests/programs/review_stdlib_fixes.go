package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Divergences an independent review found, each fixed and checked against Go.
func main() {
	t := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Format("Monthly report, Jan 2 Janitor, Mon Monday Mondays MST"))
	fmt.Println(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+15"))
	fmt.Println(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+24"))
	_, err := time.Parse("-0700", "--070")
	fmt.Println(err)
	_, err = time.Parse("Z07:00", "+1x:00")
	fmt.Println(err)
	fmt.Println(time.Month(-5), time.Month(0), time.Month(13))
	os.Setenv("ZONEINFO", "testdata/zoneinfo")
	for _, n := range []string{"America", "Europe/Berlin/", "Nowhere/City", "a\x00b"} {
		_, err := time.LoadLocation(n)
		fmt.Println(err)
	}
	fmt.Println(filepath.Rel("a", "."))
	fmt.Println(filepath.Rel("a/b", ""))
	fmt.Println(filepath.Rel("/a/b/c", "/a"))
	f, _ := strconv.ParseFloat("NaN", 64)
	g, _ := strconv.ParseFloat("nan", 32)
	fmt.Printf("%#x %#x %#x\n", math.Float64bits(f), math.Float32bits(float32(g)), math.Float64bits(math.NaN()))
	_, err = os.Open("/nonexistent/file")
	var to interface{ Timeout() bool }
	fmt.Println(errors.As(err, &to), to.Timeout())
	dir, _ := os.MkdirTemp("", "modes")
	defer os.RemoveAll(dir)
	p := dir + "/f"
	fh, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY, os.ModeSetuid|os.ModeSticky|0755)
	fmt.Println(err)
	fh.Close()
	os.Mkdir(dir+"/d", os.ModeSticky|0755)
	fi, _ := os.Stat(p)
	di, _ := os.Stat(dir + "/d")
	fmt.Println(fi.Mode(), di.Mode())
	fmt.Println(strings.Count(dir, "/") > 0)
}
