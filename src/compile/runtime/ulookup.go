// Unicode lookups over the generated tables of unicode_tables.go (range tables for categories,
// delta tables for case mapping and folding), for package unicode and fmt's %q.
package runtime

// uIs reports whether rune r is in a range table (7-byte records sorted by lo, whose spans do
// not overlap).
func uIs(t string, r int) bool {
	if r < 0 || r > 0x10FFFF {
		return false
	}
	p := strptr(t)
	lo := uAfter(p, len(t)/7, 7, r)
	if lo == 0 {
		return false
	}
	rec := p + uintptr((lo-1)*7)
	start := loadU(rec, 3)
	return r <= loadU(rec+3, 3) && (r-start)%int(load8(rec+6)) == 0
}

// uMap is rune r mapped by a delta table (10-byte records sorted by lo; runs of stride 2 may
// interleave, so the few records before the last one starting at or below r are tried too).
func uMap(t string, r int) int {
	if r < 0 || r > 0x10FFFF {
		return r
	}
	p := strptr(t)
	lo := uAfter(p, len(t)/10, 10, r)
	for k := lo - 1; k >= 0 && k >= lo-4; k-- {
		rec := p + uintptr(k*10)
		start := loadU(rec, 3)
		if r <= loadU(rec+3, 3) && (r-start)%int(load8(rec+6)) == 0 {
			d := loadU(rec+7, 3)
			if d >= 1<<23 {
				d -= 1 << 24
			}
			return r + d
		}
	}
	return r
}

// uAfter is the index of the first of n records of size bytes at p whose lo (its first 3
// bytes) is above r: records before it start at or below r.
func uAfter(p uintptr, n int, size int, r int) int {
	lo, hi := 0, n
	for lo < hi {
		m := (lo + hi) / 2
		if loadU(p+uintptr(m*size), 3) <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// isUpper reports whether rune r is an upper-case letter (unicode.IsUpper).
func isUpper(r int) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return uIs(uUpper, r)
}
