package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, 1234567, time.Second, 90 * time.Minute, -2500 * time.Millisecond, 1<<63 - 1, -1 << 63, 26*time.Hour + 3*time.Second + 7}
	for _, d := range ds {
		fmt.Println(d, d.String(), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds())
		fmt.Println(d.Round(time.Second), d.Truncate(time.Minute), d.Round(7*time.Millisecond), d.Abs())
	}
	fmt.Printf("%v %d %s\n", time.Hour, time.Hour, 3*time.Millisecond)
	for _, s := range []string{"1h", "1.5h", "-3m2s", "300ms", "2h45m0.5s", "1µs", "1us", "x", "", "0", "1", "1x", ".5s", "5.s", ".s", "9999999999h", "1.0000000000000000001s", "+7ns", "1μs"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro())
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly, "Monday January 2 __2 002 _2 3pm 03 PM .000 ,999 .9 Z0700 Z07:00:00 -07 MST", "_2006 x1y 2006-002"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	z := time.FixedZone("XST", -(3*3600 + 30*60 + 15))
	tz := t.In(z)
	fmt.Println(tz, tz.Location(), tz.Format(time.RFC3339), tz.Format("-07:00:00 Z070000 -0700"))
	n, o := tz.Zone()
	fmt.Println(n, o)
	e := time.FixedZone("", 5*3600+1800)
	fmt.Println(t.In(e))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Weekday())
	u := time.Unix(1700000000, 5).UTC()
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), u.Equal(u.In(z)), u.Compare(t))
	fmt.Println(u.Add(36*time.Hour), u.Add(-time.Nanosecond*6))
	fmt.Println(u.Truncate(time.Hour), u.Round(time.Hour), u.Round(24*time.Hour), u.Truncate(7*time.Second), u.Round(3*time.Nanosecond))
	y, w := u.ISOWeek()
	fmt.Println(y, w)
	for range []string{"2021-01-03"} {
		tt := time.Date(0, 0, 0, 0, 0, 0, 0, time.UTC)
		_ = tt
	}
	for i := 0; i < 10; i++ {
		d := time.Date(2019+i, 12, 29+i%4, 0, 0, 0, 0, time.UTC)
		yy, ww := d.ISOWeek()
		fmt.Println(d.Format(time.DateOnly), yy, ww, d.Weekday())
	}
	fmt.Printf("%#v\n", t)
	fmt.Println(time.Month(13), time.Weekday(-1), time.March, time.Saturday)
	fmt.Println(time.UnixMilli(-1500).UTC(), time.UnixMicro(1234567).UTC())
	fmt.Println(time.UTC, time.UTC.String())
}
