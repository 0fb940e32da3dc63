package main

import (
	"fmt"
	"os"
	"time"
)

// The local zone from TZ, read on first use: an absolute path to a TZif file.
func main() {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Setenv("TZ", wd+"/testdata/zoneinfo/Europe/Berlin")
	t := time.Unix(1700000000, 0)
	fmt.Println(t.Location().String() == wd+"/testdata/zoneinfo/Europe/Berlin")
	fmt.Println(t.Format(time.RFC1123), t.Format(time.RFC3339))
	name, off := t.Zone()
	fmt.Println(name, off)
	s := time.Date(2025, time.July, 4, 12, 0, 0, 0, time.Local)
	fmt.Println(s.Format(time.UnixDate), s.UTC(), s.Unix())
	p, err := time.Parse(time.RFC1123, "Sat, 05 Jul 2025 10:00:00 CEST")
	fmt.Println(p.Unix(), p.Format(time.RFC3339), err)
	p, err = time.Parse(time.RFC3339, "2025-01-05T10:00:00+01:00")
	fmt.Println(p.Unix(), p.Location() == time.Local, err)
	fmt.Println(time.Unix(0, 0).Local().Format(time.DateTime))
}
