package main

import (
	"fmt"
	"os"
	"time"
)

// Zones read from TZif files (testdata/zoneinfo holds copies of tzdata's files), including
// instants after their last transition, where the POSIX TZ rule of the file's footer decides.
func main() {
	os.Setenv("ZONEINFO", "testdata/zoneinfo")
	ts := []int64{-5000000000, 0, 946684800, 1710054000, 1710052200, 1710059400, 1730613600, 1730611800, 1730617200, 2200000000, 2500000000, 4102444800, 4118000000, 4133000000, 253402300799}
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println("==", loc)
		for _, s := range ts {
			t := time.Unix(s, 0).In(loc)
			n, o := t.Zone()
			fmt.Println(t, n, o, t.IsDST(), t.Format(time.RFC1123Z), t.Hour(), t.Weekday())
		}
		for _, h := range []int{0, 1, 2, 3} {
			fmt.Println(time.Date(2024, 3, 10, h, 30, 0, 0, loc), time.Date(2024, 11, 3, h, 30, 0, 0, loc), time.Date(2024, 3, 31, h, 30, 0, 0, loc))
			fmt.Println(time.Date(2099, 3, 8, h, 30, 0, 0, loc), time.Date(2099, 11, 1, h, 30, 0, 0, loc), time.Date(2099, 10, 4, h, 30, 0, 0, loc))
		}
		t, err := time.ParseInLocation(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EST", loc)
		fmt.Println(t, err)
		t, err = time.ParseInLocation(time.RFC3339, "2024-07-01T12:00:00+02:00", loc)
		fmt.Println(t, err)
		fmt.Printf("%#v\n", time.Date(2090, 1, 1, 0, 0, 0, 0, loc))
	}
	for _, bad := range []string{"Nowhere/City", "../etc/passwd", "/etc/passwd", `a\b`, `\x`, "a..b"} {
		loc, err := time.LoadLocation(bad)
		fmt.Println(loc, err)
	}
	loc, err := time.LoadLocation("")
	fmt.Println(loc, err)
	loc, err = time.LoadLocation("Local")
	fmt.Println(loc, err)
}
