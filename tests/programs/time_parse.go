package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2024-03-10T07:30:00Z"},
		{time.RFC3339, "2024-03-10T07:30:00+05:30"},
		{time.RFC3339, "2024-03-10T07:30:00.123-04:00"},
		{time.RFC3339Nano, "2024-03-10T07:30:00.123456789Z"},
		{time.RFC3339, "2024-03-10 07:30:00Z"},
		{time.DateTime, "2024-02-30 10:00:00"},
		{time.DateTime, "2024-13-01 10:00:00"},
		{time.DateTime, "2024-12-01 25:00:00"},
		{time.DateTime, "2024-12-01 10:00:00 extra"},
		{time.DateOnly, "2023-07-04"},
		{time.DateOnly, "23-07-04"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "13:00PM"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0800"},
		{time.ANSIC, "Thu Feb  4 21:00:57 2010"},
		{time.UnixDate, "Thu Feb  4 21:00:57 PST 2010"},
		{time.RFC850, "Thursday, 04-Feb-10 21:00:57 UTC"},
		{time.Stamp, "Feb  4 21:00:57.012"},
		{time.StampMilli, "Feb  4 21:00:57.01"},
		{"2006-002", "2024-060"},
		{"2006-002", "2023-366"},
		{"2006-01-02 002", "2024-03-01 061"},
		{"2006-01-02 002", "2024-03-02 061"},
		{"02/01/2006 15:04:05,000", "31/12/1999 23:59:59,999"},
		{"Jan 2 2006", "jAN 5 2020"},
		{"Jan 2 2006", "Foo 5 2020"},
		{"15:04:05.999", "10:11:12"},
		{"15:04:05.999", "10:11:12.5"},
		{"15:04:05", "10:11:12.123456789123"},
		{"15:04 -0700", "10:11 +2500"},
		{"15:04 Z07", "10:11 +05"},
		{"2006 Monday", "2024 Fooday"},
		{"", ""},
		{"", "x"},
		{"x", ""},
		{"06", "68"},
		{"06", "69"},
		{"2006-01-02T15:04:05", "2006-01-02T15:04:60"},
		{"pm 3", "am 12"},
		{"\"x\" 2006", "\"x\" ab\xffc"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		fmt.Println(t, err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
	ny := time.FixedZone("EST", -5*3600)
	t, err := time.ParseInLocation(time.DateTime, "2024-01-02 03:04:05", ny)
	fmt.Println(t, err)
	t, err = time.ParseInLocation(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EST", ny)
	fmt.Println(t, err, t.Unix())
	t, err = time.ParseInLocation(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0500", ny)
	fmt.Println(t, err, t.Unix())
}
