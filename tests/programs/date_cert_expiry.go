package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Date(2024, time.February, 29, 13, 45, 0, 0, time.UTC)
	fmt.Println("report date:", now.Format("Monday, 02-Jan-2006 15:04 MST"), "yday", now.YearDay())
	certs := []struct{ host, notAfter string }{
		{"www.example.org", "2024-03-15T00:00:00Z"},
		{"mail.example.org", "2024-02-28T23:59:59Z"},
		{"vpn.example.org", "2025-02-28T12:00:00+05:30"},
		{"db.internal", "2024-12-31T23:59:59-08:00"},
		{"bad.internal", "2024-13-01T00:00:00Z"},
		{"old.internal", "Feb 30 2024"},
		{"ci.internal", "2024-04-01T09:30:00.123Z"},
	}
	for _, c := range certs {
		t, err := time.Parse(time.RFC3339, c.notAfter)
		if err != nil {
			fmt.Printf("%-17s parse error: %v\n", c.host, err)
			continue
		}
		left := t.Sub(now)
		days := int(left.Hours() / 24)
		status := "ok"
		switch {
		case left < 0:
			status = "EXPIRED"
		case days < 30:
			status = "renew soon"
		}
		_, week := t.ISOWeek()
		fmt.Printf("%-17s %s utc=%s wd=%-9s wk=%02d days=%4d %s\n", c.host, t.Format("2006-01-02 15:04:05 -0700"),
			t.UTC().Format("Jan _2 15:04"), t.Weekday(), week, days, status)
	}

	fmt.Println("-- month ends via AddDate --")
	start := time.Date(2024, time.January, 31, 8, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		d := start.AddDate(0, i, 0)
		last := time.Date(2024, time.Month(i+2), 0, 0, 0, 0, 0, time.UTC)
		fmt.Printf("  +%dmo %s  last-of-month %s (%d days)\n", i, d.Format("2006-01-02"), last.Format("Jan 2"), last.Day())
	}
	fmt.Println(now.AddDate(1, 0, 0).Format("2006-01-02"), now.AddDate(-4, 0, 0).Format("2006-01-02"), now.AddDate(0, 0, -60).Format("02/01/06"))

	fmt.Println("-- rotation schedule (every 2nd Sunday) --")
	d := time.Date(2024, time.March, 1, 2, 0, 0, 0, time.UTC)
	for d.Weekday() != time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	for i := 0; i < 4; i++ {
		fmt.Printf("  %s yday=%d unix=%d\n", d.Format("Mon Jan 2 2006 3:04PM"), d.YearDay(), d.Unix())
		d = d.AddDate(0, 0, 14)
	}

	zones := []*time.Location{time.UTC, time.FixedZone("IST", 5*3600+1800), time.FixedZone("PST", -8*3600), time.FixedZone("", -3*3600-1800)}
	for _, z := range zones {
		t := now.In(z)
		name, off := t.Zone()
		fmt.Printf("  %-4q off=%6d %s | %s\n", name, off, t.Format(time.RFC1123Z), t.Format(time.Kitchen))
	}

	layouts := []string{time.ANSIC, time.RFC822, time.RFC850, time.StampMilli, "2006-01-02T15:04:05.000000Z07:00", "06/1/2 3pm .999", "Jan 2nd"}
	t := time.Date(2023, time.July, 4, 16, 5, 9, 120000000, time.FixedZone("EDT", -4*3600))
	for _, l := range layouts {
		fmt.Printf("  %-36q %s\n", l, t.Format(l))
	}
	for _, in := range []string{"2023-07-04", "2023-7-4", "2023-02-29", "2024-02-29", "  2024-01-01"} {
		p, err := time.Parse("2006-01-02", in)
		fmt.Println("  parse", in, "->", p.Format("Jan 2 2006"), err)
	}
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u, u.Year(), u.Month(), int(u.Month()), u.Before(now), now.Compare(u))
	fmt.Println(time.UnixMilli(1700000000123).UTC().Format(time.RFC3339Nano), now.IsZero(), time.Time{}.IsZero(), time.Time{}.Format(time.RFC3339))
}
