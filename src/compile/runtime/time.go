// Package time of memrun's runtime library: instants, durations, calendars, zones (UTC, fixed
// zones and the local zone from TZ or /etc/localtime, TZif files with their POSIX TZ rule
// footer) and formatting with Go's reference layouts; Sleep, timers and tickers on the
// scheduler's clock (the runtime's sleepers and timer heap).
package time

import "errors"

// A Duration is the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String returns the duration as "72h3m0.5s": a leading zero unit is omitted, and durations
// under a second use a smaller unit ("1.5µs"); the zero duration is "0s".
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		// A smaller unit, with a fraction: ns, µs or ms.
		prec := 0
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// U+00B5 'µ' micro sign, as two bytes.
			w--
			buf[w] = 0xc2
			buf[w+1] = 0xb5
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac writes v's fraction of prec digits, without trailing zeros (and without the point
// when nothing is left), at the end of buf; it returns the new start and v's integer part.
func fmtFrac(buf []byte, v uint64, prec int) (int, uint64) {
	w := len(buf)
	printed := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		printed = printed || digit != 0
		if printed {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if printed {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt writes v in decimal at the end of buf and returns the new start.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
		return w
	}
	for v > 0 {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values away from zero; a
// result beyond the int64 range is the largest (or smallest) duration.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d (the largest duration for the smallest).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// A Month specifies a month of the year (January = 1).
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the month ("January").
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	var buf [20]byte
	return "%!Month(" + string(buf[fmtInt(buf[:], uint64(m)):]) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0).
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday").
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	var buf [20]byte
	return "%!Weekday(" + string(buf[fmtInt(buf[:], uint64(d)):]) + ")"
}

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name string
	// zones and the transitions between them (seconds since 1970, UTC), sorted.
	zoneNames  []string
	zoneOffset []int
	zoneDST    []bool
	txWhen     []int64
	txZone     []int
	// extend is the POSIX TZ rule for instants after the last transition.
	extend string
}

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local"}
var localLoaded = false

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local represents the system's local time zone: TZ, else /etc/localtime (read on first use).
var Local *Location = &localLoc

// String returns a descriptive name for the location ("UTC", "Local", a FixedZone's name).
func (l *Location) String() string {
	return l.get().name
}

// get is l with nil meaning UTC and the local zone loaded on first use.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc && !localLoaded {
		localLoaded = true
		initLocal()
	}
	return l
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds
// east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zoneNames: []string{name}, zoneOffset: []int{offset}, zoneDST: []bool{false}, txWhen: []int64{-1 << 63}, txZone: []int{0}}
}

const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

// lookup returns the zone in use at sec (seconds since 1970, UTC): its name, its offset, and
// the period [start, end) it is in use for.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zoneNames) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if len(l.txWhen) == 0 || sec < l.txWhen[0] {
		z := l.firstZone()
		end = omega
		if len(l.txWhen) > 0 {
			end = l.txWhen[0]
		}
		return l.zoneNames[z], l.zoneOffset[z], alpha, end, l.zoneDST[z]
	}
	lo, hi := 0, len(l.txWhen)
	end = omega
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < l.txWhen[m] {
			end = l.txWhen[m]
			hi = m
		} else {
			lo = m
		}
	}
	z := l.txZone[lo]
	name, offset, start, isDST = l.zoneNames[z], l.zoneOffset[z], l.txWhen[lo], l.zoneDST[z]
	if lo == len(l.txWhen)-1 && l.extend != "" {
		if n, o, s, e, d, ok := tzset(l.extend, start, sec); ok {
			return n, o, s, e, d
		}
	}
	return name, offset, start, end, isDST
}

// firstZone is the zone for instants before the first transition: the first standard-time
// zone that a transition uses, else the first zone.
func (l *Location) firstZone() int {
	if len(l.txWhen) > 0 && l.zoneDST[l.txZone[0]] {
		for z := l.txZone[0] - 1; z >= 0; z-- {
			if !l.zoneDST[z] {
				return z
			}
		}
	}
	for z := range l.zoneNames {
		if !l.zoneDST[z] {
			return z
		}
	}
	return 0
}

// initLocal loads the local zone: TZ unset reads /etc/localtime; TZ="" or "UTC" is UTC; an
// absolute path is a TZif file; any other name is looked up in the zoneinfo directories. A
// zone that cannot be loaded is UTC.
func initLocal() {
	tz, ok := getenv("TZ")
	switch {
	case !ok:
		if loadFile(&localLoc, "/etc/localtime") {
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if loadFile(&localLoc, tz) {
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if loadZoneDirs(&localLoc, tz) {
				localLoc.name = tz
				return
			}
		}
	}
	localLoc.name = "UTC"
}

// getenv reads the environment runtime.rt0 recorded.
func getenv(key string) (string, bool) {
	for _, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

var zoneDirs = []string{"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"}

func loadZoneDirs(l *Location, name string) bool {
	for _, d := range zoneDirs {
		if loadFile(l, d+name) {
			return true
		}
	}
	return false
}

// LoadLocation returns the Location with the given name: "" or "UTC" is UTC, "Local" is
// Local, any other an IANA zone name read from $ZONEINFO or the system's zoneinfo
// directories.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if !validZoneName(name) {
		return nil, errors.New("time: invalid location name")
	}
	l := &Location{}
	if !zoneinfoRead {
		zoneinfoRead = true
		zoneinfo, _ = getenv("ZONEINFO")
	}
	// The first error other than a missing file is the one reported, as gc does.
	var first error
	if zoneinfo != "" {
		if err := loadFileErr(l, zoneinfo+"/"+name); err == nil {
			l.name = name
			return l, nil
		} else if err != errNoFile {
			first = err
		}
	}
	var firstDir error
	for _, d := range zoneDirs {
		err := loadFileErr(l, d+name)
		if err == nil {
			l.name = name
			return l, nil
		}
		if firstDir == nil && err != errNoFile {
			firstDir = err
		}
	}
	if first == nil {
		first = firstDir
	}
	if first == nil {
		first = errors.New("unknown time zone " + name)
	}
	return nil, first
}

var errNoFile error = errors.New("no such file or directory")
var errBadData error = errors.New("malformed time zone information")

// errnoText is how syscall.Errno words the errors reading a zone file can meet.
func errnoText(e int) string {
	switch e {
	case 2:
		return "no such file or directory"
	case 5:
		return "input/output error"
	case 13:
		return "permission denied"
	case 20:
		return "not a directory"
	case 21:
		return "is a directory"
	case 22:
		return "invalid argument"
	case 24:
		return "too many open files"
	case 36:
		return "file name too long"
	case 40:
		return "too many levels of symbolic links"
	}
	return "errno " + itoa(e)
}

// loadFileErr is loadFile with the reason: errNoFile for a missing file, the errno's text
// for another failure to read, errBadData for a file that is not TZif.
func loadFileErr(l *Location, path string) error {
	for i := 0; i < len(path); i++ {
		if path[i] == 0 {
			return errors.New(errnoText(22))
		}
	}
	p := make([]byte, len(path)+1)
	copy(p, path)
	fd := syscall6(2, int(sliceaddr(p)), 0x80000, 0, 0, 0, 0)
	if fd < 0 {
		if fd == -2 {
			return errNoFile
		}
		return errors.New(errnoText(-fd))
	}
	var data []byte
	buf := make([]byte, 4096)
	for {
		n := syscall6(0, fd, int(sliceaddr(buf)), len(buf), 0, 0, 0)
		if n == -4 {
			continue
		}
		if n < 0 || len(data) > 10<<20 {
			syscall6(3, fd, 0, 0, 0, 0, 0)
			if n < 0 {
				return errors.New(errnoText(-n))
			}
			return errBadData
		}
		if n == 0 {
			break
		}
		data = append(data, buf[:n]...)
	}
	syscall6(3, fd, 0, 0, 0, 0, 0)
	if !parseTZif(l, data) {
		return errBadData
	}
	return nil
}

// zoneinfo is $ZONEINFO as the first LoadLocation saw it.
var zoneinfo string
var zoneinfoRead bool

func validZoneName(name string) bool {
	if name[0] == '/' || name[0] == '\\' {
		return false
	}
	for i := 0; i+1 < len(name); i++ {
		if name[i] == '.' && name[i+1] == '.' {
			return false
		}
	}
	return true
}

// be reads a big-endian unsigned number of n bytes at b[i:].
func be(b []byte, i int, n int) int64 {
	v := int64(0)
	for k := 0; k < n; k++ {
		v = v<<8 | int64(b[i+k])
	}
	return v
}

// loadFile reads a TZif file (version 1, 2 or 3) into l; false if it is not one.
func loadFile(l *Location, path string) bool {
	b, ok := readFile(path)
	if !ok {
		return false
	}
	return parseTZif(l, b)
}

func parseTZif(l *Location, b []byte) bool {
	if len(b) < 44 || string(b[:4]) != "TZif" {
		return false
	}
	version := b[4]
	off := 0
	size := 4
	if version >= '2' {
		// Skip the version 1 block for the 64-bit one that follows it.
		n := func(k int) int { return int(be(b, 20+4*k, 4)) }
		skip := 44 + n(3)*4 + n(3) + n(4)*6 + n(5) + n(2)*8 + n(1) + n(0)
		if skip+44 > len(b) || string(b[skip:skip+4]) != "TZif" {
			return false
		}
		off = skip
		size = 8
	}
	isutcnt := int(be(b, off+20, 4))
	isstdcnt := int(be(b, off+24, 4))
	leapcnt := int(be(b, off+28, 4))
	timecnt := int(be(b, off+32, 4))
	typecnt := int(be(b, off+36, 4))
	charcnt := int(be(b, off+40, 4))
	p := off + 44
	need := timecnt*size + timecnt + typecnt*6 + charcnt + leapcnt*(size+4) + isstdcnt + isutcnt
	if typecnt == 0 || need > len(b)-p {
		return false
	}
	times := p
	idx := times + timecnt*size
	types := idx + timecnt
	chars := types + typecnt*6
	end := p + need
	l.zoneNames = make([]string, typecnt)
	l.zoneOffset = make([]int, typecnt)
	l.zoneDST = make([]bool, typecnt)
	for k := 0; k < typecnt; k++ {
		q := types + 6*k
		o := int(int32(uint32(be(b, q, 4))))
		ni := int(b[q+5])
		if ni >= charcnt {
			return false
		}
		e := ni
		for e < charcnt && b[chars+e] != 0 {
			e++
		}
		l.zoneNames[k] = string(b[chars+ni : chars+e])
		l.zoneOffset[k] = o
		l.zoneDST[k] = b[q+4] != 0
	}
	l.txWhen = make([]int64, timecnt)
	l.txZone = make([]int, timecnt)
	for k := 0; k < timecnt; k++ {
		if size == 8 {
			l.txWhen[k] = be(b, times+8*k, 8)
		} else {
			l.txWhen[k] = int64(int32(uint32(be(b, times+4*k, 4))))
		}
		z := int(b[idx+k])
		if z >= typecnt {
			return false
		}
		l.txZone[k] = z
	}
	l.extend = ""
	if size == 8 && end < len(b) && b[end] == '\n' {
		e := end + 1
		for e < len(b) && b[e] != '\n' {
			e++
		}
		if e < len(b) {
			l.extend = string(b[end+1 : e])
		}
	}
	if len(l.txWhen) == 0 {
		// A zone without transitions: its first zone from the beginning of time.
		l.txWhen = []int64{alpha}
		l.txZone = []int{0}
	}
	return true
}

// tzset returns the zone the POSIX TZ rule s gives for sec, which is at or after the last
// transition (lastTx): its name, offset, the period it is in use and whether it is summer
// time; ok false for a rule memrun cannot read.
func tzset(s string, lastTx, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	stdName, s, ok := tzsetName(s)
	if !ok {
		return "", 0, 0, 0, false, false
	}
	stdOffset, s, ok := tzsetOffset(s)
	if !ok {
		return "", 0, 0, 0, false, false
	}
	stdOffset = -stdOffset // POSIX offsets count west of UTC
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOffset, lastTx, omega, false, true
	}
	dstName, s, ok := tzsetName(s)
	if !ok {
		return "", 0, 0, 0, false, false
	}
	dstOffset := stdOffset + 3600
	if len(s) > 0 && s[0] != ',' {
		dstOffset, s, ok = tzsetOffset(s)
		if !ok {
			return "", 0, 0, 0, false, false
		}
		dstOffset = -dstOffset
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0" // the default rule
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	startRule, s, ok := tzsetRule(s)
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	endRule, s, ok := tzsetRule(s)
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}
	days := floorDiv(sec, 86400)
	year, _, _ := civil(days)
	ysec := daysFromCivil(year, 1, 1) * 86400
	yearEnd := daysFromCivil(year+1, 1, 1) * 86400
	// The rules' times are local: the start in standard time, the end in summer time.
	startSec := ysec + tzruleTime(year, startRule) - int64(stdOffset)
	endSec := ysec + tzruleTime(year, endRule) - int64(dstOffset)
	dstIsDST, stdIsDST := true, false
	// The southern hemisphere: summer time across the new year.
	if endSec < startSec {
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	if sec < startSec {
		return stdName, stdOffset, ysec, startSec, stdIsDST, true
	} else if sec >= endSec {
		return stdName, stdOffset, endSec, yearEnd, stdIsDST, true
	}
	return dstName, dstOffset, startSec, endSec, dstIsDST, true
}

func tzsetName(s string) (string, string, bool) {
	if len(s) < 3 {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if c == '0' || c == '1' || c == '2' || c == '3' || c == '4' || c == '5' || c == '6' || c == '7' || c == '8' || c == '9' || c == ',' || c == '-' || c == '+' {
			break
		}
		i++
	}
	if i < 3 {
		return "", "", false
	}
	return s[:i], s[i:], true
}

// tzsetOffset reads [+-]hh[:mm[:ss]] as seconds.
func tzsetOffset(s string) (int, string, bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		s = s[1:]
		neg = true
	}
	hours, s, ok := tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := hours * 3600
	if len(s) > 0 && s[0] == ':' {
		mins, rest, ok := tzsetNum(s[1:], 0, 59)
		if !ok {
			return 0, "", false
		}
		off += mins * 60
		s = rest
		if len(s) > 0 && s[0] == ':' {
			secs, rest, ok := tzsetNum(s[1:], 0, 59)
			if !ok {
				return 0, "", false
			}
			off += secs
			s = rest
		}
	}
	if neg {
		off = -off
	}
	return off, s, true
}

func tzsetNum(s string, min, max int) (int, string, bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	n := 0
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		if n > max {
			return 0, "", false
		}
		i++
	}
	if i == 0 || n < min {
		return 0, "", false
	}
	return n, s[i:], true
}

// A rule of a POSIX TZ string: Jn (kind 0), n (kind 1), Mm.w.d (kind 2), at time seconds.
type tzrule struct {
	kind, day, week, mon, time int
}

func tzsetRule(s string) (tzrule, string, bool) {
	var r tzrule
	if len(s) == 0 {
		return r, "", false
	}
	ok := false
	if s[0] == 'J' {
		r.kind = 0
		r.day, s, ok = tzsetNum(s[1:], 1, 365)
	} else if s[0] == 'M' {
		r.kind = 2
		r.mon, s, ok = tzsetNum(s[1:], 1, 12)
		if !ok || len(s) == 0 || s[0] != '.' {
			return r, "", false
		}
		r.week, s, ok = tzsetNum(s[1:], 1, 5)
		if !ok || len(s) == 0 || s[0] != '.' {
			return r, "", false
		}
		r.day, s, ok = tzsetNum(s[1:], 0, 6)
	} else {
		r.kind = 1
		r.day, s, ok = tzsetNum(s, 0, 365)
	}
	if !ok {
		return r, "", false
	}
	r.time = 2 * 3600
	if len(s) > 0 && s[0] == '/' {
		off, rest, ok := tzsetOffset(s[1:])
		if !ok {
			return r, "", false
		}
		r.time = off
		s = rest
	}
	return r, s, true
}

// tzruleTime is the rule's instant in year, in seconds since the year's start (local time).
func tzruleTime(year int64, r tzrule) int64 {
	leap := isLeap(year)
	var s int64
	switch r.kind {
	case 0:
		s = int64(r.day-1) * 86400
		if leap && r.day >= 60 {
			s += 86400
		}
	case 1:
		s = int64(r.day) * 86400
	default:
		first := daysFromCivil(year, int64(r.mon), 1)
		wd := int((first%7 + 7 + 4) % 7) // weekday of the month's first day
		d := r.day - wd
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if int64(d+7) >= int64(daysIn(Month(r.mon), year)) {
				break
			}
			d += 7
		}
		s = (first - daysFromCivil(year, 1, 1) + int64(d)) * 86400
	}
	return s + int64(r.time)
}

// A Time is an instant with nanosecond precision, in a Location, with an optional reading of
// the monotonic clock (from Now) that Sub, Since and comparisons prefer.
type Time struct {
	// sec counts seconds since January 1, year 1, 00:00:00 UTC; nsec is in [0, 1e9).
	sec  int64
	nsec int64
	// mono is the monotonic clock reading (nanoseconds since the program started) when hasMono.
	mono    int64
	hasMono bool
	// loc is nil for UTC.
	loc *Location
}

// Seconds between January 1, year 1 and January 1, 1970.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// civil is the proleptic Gregorian date of days since 1970-01-01.
func civil(days int64) (year int64, month int, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, int(m), int(d)
}

// daysFromCivil counts days from 1970-01-01 to the date (day may exceed the month's length).
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func isLeap(year int64) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(m Month, year int64) int {
	if m == February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	if m == April || m == June || m == September || m == November {
		return 30
	}
	return 31
}

// unixSec is t as seconds since 1970 (UTC).
func (t Time) unixSec() int64 { return t.sec - unixToInternal }

// abs is t's wall-clock seconds since 1970 in its location, with the zone's name and offset.
func (t Time) local() (int64, string, int) {
	name, offset, _, _, _ := t.loc.lookup(t.unixSec())
	return t.unixSec() + int64(offset), name, offset
}

var startMono int64 = monoNow() - 1

func clock(id int) (int64, int64) {
	ts := make([]byte, 16)
	p := sliceaddr(ts)
	syscall6(228, id, int(p), 0, 0, 0, 0) // clock_gettime
	return int64(load64(p)), int64(load64(p + 8))
}

func monoNow() int64 {
	s, n := clock(1) // CLOCK_MONOTONIC
	return s*1e9 + n
}

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	s, n := clock(0) // CLOCK_REALTIME
	return Time{sec: s + unixToInternal, nsec: n, mono: monoNow() - startMono, hasMono: true, loc: Local}
}

// Since returns the time elapsed since t (Now().Sub(t)).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t (t.Sub(Now())).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Sleep pauses the program for at least d (not at all for d <= 0).
func Sleep(d Duration) {
	sleepNs(int(d))
}

// Unix returns the local Time of the given Unix time (sec and nsec since January 1, 1970
// UTC; nsec may be outside [0, 999999999]).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

// UnixMilli returns the local Time of msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time of usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// norm returns nhi, nlo with hi*base + lo == nhi*base + nlo and 0 <= nlo < base.
func norm(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time of the given wall clock in loc. Values outside their usual ranges
// are normalised (October 32 is November 1); at a zone transition the result is one of the
// two candidates, as in gc. Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(month), int64(day))
	unix := days*86400 + int64(hour*3600+min*60+sec)
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := Time{sec: unix + unixToInternal, nsec: int64(nsec)}
	t.setLoc(loc)
	return t
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
}

// Unix returns t as a Unix time, the seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixNano returns t as nanoseconds since January 1, 1970 UTC (undefined beyond int64).
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

// IsZero reports whether t is the zero instant, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.hasMono = false
			t.mono = 0
		} else {
			t.mono = te
		}
	}
	return t
}

// Sub returns t-u, saturated at the smallest and largest durations.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// AddDate returns t with years, months and days added, normalised as Date normalises.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Date returns the year, month and day of t in its location.
func (t Time) Date() (year int, month Month, day int) {
	s, _, _ := t.local()
	y, m, d := civil(floorDiv(s, 86400))
	return int(y), Month(m), d
}

// Year returns the year of t.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year of t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month of t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week of t.
func (t Time) Weekday() Weekday {
	s, _, _ := t.local()
	return Weekday((floorDiv(s, 86400)%7 + 7 + 4) % 7)
}

// YearDay returns the day of the year of t, in [1, 365] or [1, 366] in leap years.
func (t Time) YearDay() int {
	s, _, _ := t.local()
	days := floorDiv(s, 86400)
	y, _, _ := civil(days)
	return int(days-daysFromCivil(y, 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number of t.
func (t Time) ISOWeek() (year, week int) {
	// The week's Thursday decides the year.
	s, _, _ := t.local()
	days := floorDiv(s, 86400)
	wd := int((days%7+7+3)%7) + 1 // Monday = 1 ... Sunday = 7
	thu := days + int64(4-wd)
	y, _, _ := civil(thu)
	return int(y), int(thu-daysFromCivil(y, 1, 1))/7 + 1
}

// Clock returns the hour, minute and second of t's day.
func (t Time) Clock() (hour, min, sec int) {
	s, _, _ := t.local()
	r := int(s - floorDiv(s, 86400)*86400)
	return r / 3600, r % 3600 / 60, r % 60
}

// Hour returns the hour of t's day, in [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute of t's hour, in [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second of t's minute, in [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond of t's second, in [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// UTC returns t in UTC.
func (t Time) UTC() Time {
	t.loc = nil
	return t
}

// Local returns t in the local zone.
func (t Time) Local() Time {
	t.loc = Local
	return t
}

// In returns t in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's location (UTC for the zero Time).
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviation of the zone in use at t and its offset in seconds east of
// UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return name, offset
}

// IsDST reports whether t is in summer time in its location.
func (t Time) IsDST() bool {
	_, _, _, _, dst := t.loc.lookup(t.unixSec())
	return dst
}

// Truncate returns t rounded down to a multiple of d since the zero time (t itself, without
// its monotonic reading, if d <= 0).
func (t Time) Truncate(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// Round returns t rounded to the nearest multiple of d since the zero time, halfway values
// up.
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// rem is the time since the zero time modulo d (d > 0).
func (t Time) rem(d Duration) Duration {
	sec := uint64(t.sec)
	if t.sec < 0 {
		sec = uint64(-t.sec)
	}
	m := uint64(d)
	// (sec*1e9 + nsec) mod m without overflow: sec mod m times 1e9 mod m, by doubling.
	a := sec % m
	b := uint64(1e9) % m
	r := uint64(0)
	for b > 0 {
		if b&1 != 0 {
			r = addMod(r, a, m)
		}
		a = addMod(a, a, m)
		b >>= 1
	}
	if t.sec < 0 {
		r = (m - r) % m
	}
	r = addMod(r, uint64(t.nsec)%m, m)
	return Duration(r)
}

func addMod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// Layouts for Format and Parse, written as the reference time Mon Jan 2 15:04:05 MST 2006.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements of a layout.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0
	stdFracSecond9
)

func startsWith(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// lowerAt reports whether s has a lower-case ASCII letter at i.
func lowerAt(s string, i int) bool {
	return i < len(s) && 'a' <= s[i] && s[i] <= 'z'
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// nextStd finds the next layout element at or after i: where it starts, where it ends, its
// kind, and for fractional seconds the digit count and separator.
func nextStd(layout string, i int) (start, end, std, digits int, sep byte) {
	for ; i < len(layout); i++ {
		c := layout[i]
		switch c {
		case 'J':
			// "Jan" followed by a lower-case letter is a word, not the month.
			if startsWith(layout, i, "January") {
				return i, i + 7, stdLongMonth, 0, 0
			}
			if startsWith(layout, i, "Jan") && !lowerAt(layout, i+3) {
				return i, i + 3, stdMonth, 0, 0
			}
		case 'M':
			if startsWith(layout, i, "Monday") {
				return i, i + 6, stdLongWeekDay, 0, 0
			}
			if startsWith(layout, i, "Mon") && !lowerAt(layout, i+3) {
				return i, i + 3, stdWeekDay, 0, 0
			}
			if startsWith(layout, i, "MST") {
				return i, i + 3, stdTZ, 0, 0
			}
		case '0':
			if i+1 < len(layout) && layout[i+1] >= '1' && layout[i+1] <= '6' {
				k := []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}
				return i, i + 2, k[layout[i+1]-'1'], 0, 0
			}
			if startsWith(layout, i, "002") {
				return i, i + 3, stdZeroYearDay, 0, 0
			}
		case '1':
			if startsWith(layout, i, "15") {
				return i, i + 2, stdHour, 0, 0
			}
			return i, i + 1, stdNumMonth, 0, 0
		case '2':
			if startsWith(layout, i, "2006") {
				return i, i + 4, stdLongYear, 0, 0
			}
			return i, i + 1, stdDay, 0, 0
		case '_':
			if startsWith(layout, i, "_2") {
				// _2006 is a literal _ and a year.
				if startsWith(layout, i, "_2006") {
					return i + 1, i + 5, stdLongYear, 0, 0
				}
				return i, i + 2, stdUnderDay, 0, 0
			}
			if startsWith(layout, i, "__2") {
				return i, i + 3, stdUnderYearDay, 0, 0
			}
		case '3':
			return i, i + 1, stdHour12, 0, 0
		case '4':
			return i, i + 1, stdMinute, 0, 0
		case '5':
			return i, i + 1, stdSecond, 0, 0
		case 'P':
			if startsWith(layout, i, "PM") {
				return i, i + 2, stdPM, 0, 0
			}
		case 'p':
			if startsWith(layout, i, "pm") {
				return i, i + 2, stdpm, 0, 0
			}
		case '-':
			if startsWith(layout, i, "-070000") {
				return i, i + 7, stdNumSecondsTz, 0, 0
			}
			if startsWith(layout, i, "-07:00:00") {
				return i, i + 9, stdNumColonSecondsTZ, 0, 0
			}
			if startsWith(layout, i, "-0700") {
				return i, i + 5, stdNumTZ, 0, 0
			}
			if startsWith(layout, i, "-07:00") {
				return i, i + 6, stdNumColonTZ, 0, 0
			}
			if startsWith(layout, i, "-07") {
				return i, i + 3, stdNumShortTZ, 0, 0
			}
		case 'Z':
			if startsWith(layout, i, "Z070000") {
				return i, i + 7, stdISO8601SecondsTZ, 0, 0
			}
			if startsWith(layout, i, "Z07:00:00") {
				return i, i + 9, stdISO8601ColonSecondsTZ, 0, 0
			}
			if startsWith(layout, i, "Z0700") {
				return i, i + 5, stdISO8601TZ, 0, 0
			}
			if startsWith(layout, i, "Z07:00") {
				return i, i + 6, stdISO8601ColonTZ, 0, 0
			}
			if startsWith(layout, i, "Z07") {
				return i, i + 3, stdISO8601ShortTZ, 0, 0
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				if !isDigitAt(layout, j) {
					std := stdFracSecond0
					if ch == '9' {
						std = stdFracSecond9
					}
					return i, j, std, j - (i + 1), c
				}
			}
		}
	}
	return len(layout), len(layout), stdNone, 0, 0
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte(u%10) + '0'
		u /= 10
	}
	i--
	buf[i] = byte(u) + '0'
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// Format returns t written as layout writes the reference time.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat is like Format but appends to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	s, name, offset := t.local()
	days := floorDiv(s, 86400)
	y64, mon, day := civil(days)
	year := int(y64)
	month := Month(mon)
	r := int(s - days*86400)
	hour, min, sec := r/3600, r%3600/60, r%60
	yday := int(days-daysFromCivil(y64, 1, 1)) + 1
	wd := Weekday((days%7 + 7 + 4) % 7)
	for layout != "" {
		start, end, std, digits, sep := nextStd(layout, 0)
		b = append(b, layout[:start]...)
		if std == stdNone {
			break
		}
		layout = layout[end:]
		switch std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, wd.String()[:3]...)
		case stdLongWeekDay:
			b = append(b, wd.String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case stdZeroYearDay:
			b = appendInt(b, yday, 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 0)
		case stdZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ, stdNumTZ, stdNumColonTZ, stdNumSecondsTz, stdNumShortTZ, stdNumColonSecondsTZ:
			iso := std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ || std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ
			if offset == 0 && iso {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			colon := std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ
			if colon {
				b = append(b, ':')
			}
			if std != stdNumShortTZ && std != stdISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ {
				if colon {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
		case stdTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case stdFracSecond0, stdFracSecond9:
			b = appendFrac(b, int(t.nsec), std, digits, sep)
		}
	}
	return b
}

// appendFrac writes the fraction of a second: digits digits (.000), or at most digits with
// trailing zeros and a bare point dropped (.999).
func appendFrac(b []byte, nsec int, std int, digits int, sep byte) []byte {
	var d [9]byte
	v := nsec
	for i := 8; i >= 0; i-- {
		d[i] = byte(v%10) + '0'
		v /= 10
	}
	if digits > 9 {
		digits = 9
	}
	n := digits
	if std == stdFracSecond9 {
		for n > 0 && d[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, d[:n]...)
}

// String returns t as "2006-01-02 15:04:05.999999999 -0700 MST", followed by its monotonic
// clock reading (" m=+0.000012345") if it has one.
func (t Time) String() string {
	b := t.AppendFormat(make([]byte, 0, 64), "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m2 := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		m0, m1 := m1/1e9, m1%1e9
		b = append(b, " m="...)
		b = append(b, sign)
		wid := 0
		if m0 != 0 {
			b = appendInt(b, int(m0), 0)
			wid = 9
		}
		b = appendInt(b, int(m1), wid)
		b = append(b, '.')
		b = appendInt(b, int(m2), 9)
	}
	return string(b)
}

// GoString returns t as Go syntax: time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC).
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := append(make([]byte, 0, 70), "time.Date("...)
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, month.String()...)
	} else {
		b = append(b, ", "...)
		b = appendInt(b, int(month), 0)
	}
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, hour, 0)
	b = append(b, ", "...)
	b = appendInt(b, min, 0)
	b = append(b, ", "...)
	b = appendInt(b, sec, 0)
	b = append(b, ", "...)
	b = appendInt(b, int(t.nsec), 0)
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// quote is s in double quotes as package time quotes values in its errors: '"' and '\\'
// escaped, control and non-ASCII bytes as \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 1, len(s)+2)
	b[0] = '"'
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return string(append(b, '"'))
}

var unitMap = []string{"ns", "us", "µs", "μs", "ms", "s", "m", "h"}
var unitVal = []uint64{1, 1e3, 1e3, 1e3, 1e6, 1e9, 60e9, 3600e9}

// ParseDuration parses a duration string: an optionally signed sequence of decimal numbers,
// each with an optional fraction and a unit ("300ms", "-1.5h", "2h45m"); the units are "ns",
// "us" (or "µs"), "ms", "s", "m" and "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		// The integer part.
		i := 0
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if v > 1<<63/10 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
			v = v*10 + uint64(s[i]-'0')
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		s = s[i:]
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			i := 0
			overflow := false
			for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
				if overflow {
					continue
				}
				if f > (1<<63-1)/10 {
					overflow = true
					continue
				}
				y := f*10 + uint64(s[i]-'0')
				if y > 1<<63 {
					overflow = true
					continue
				}
				f = y
				scale *= 10
			}
			s = s[i:]
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i = 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit := uint64(0)
		for k, name := range unitMap {
			if name == u {
				unit = unitVal[k]
			}
		}
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

// LoadLocationFromTZData returns a Location with the given name from IANA Time Zone
// database-formatted data (a TZif file's contents).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	l := &Location{name: name}
	if !parseTZif(l, data) {
		return nil, errBadData
	}
	return l, nil
}

// appendStrictRFC3339 appends t as RFC3339Nano, an error where that is not valid RFC 3339 (a
// year outside [0,9999], a zone offset of 24 hours or more, or with seconds).
func (t Time) appendStrictRFC3339(b []byte) ([]byte, error) {
	n0 := len(b)
	b = t.AppendFormat(b, RFC3339Nano)
	num2 := func(b []byte) byte { return 10*(b[0]-'0') + (b[1] - '0') }
	switch {
	case b[n0+len("9999")] != '-':
		return b, errors.New("year outside of range [0,9999]")
	case b[len(b)-1] != 'Z':
		c := b[len(b)-len("Z07:00")]
		if ('0' <= c && c <= '9') || num2(b[len(b)-len("07:00"):]) >= 24 {
			return b, errors.New("timezone hour outside of range [0,23]")
		}
	}
	return b, nil
}

// AppendText appends t as MarshalText writes it.
func (t Time) AppendText(b []byte) ([]byte, error) {
	b, err := t.appendStrictRFC3339(b)
	if err != nil {
		return nil, errors.New("Time.AppendText: " + err.Error())
	}
	return b, nil
}

// MarshalText implements encoding.TextMarshaler: t in RFC 3339 format with sub-second
// precision.
func (t Time) MarshalText() ([]byte, error) {
	b, err := t.appendStrictRFC3339(make([]byte, 0, len(RFC3339Nano)))
	if err != nil {
		return nil, errors.New("Time.MarshalText: " + err.Error())
	}
	return b, nil
}

// MarshalJSON implements json.Marshaler: t as a quoted RFC 3339 string with sub-second
// precision.
func (t Time) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b, err := t.appendStrictRFC3339(b)
	b = append(b, '"')
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return b, nil
}

// UnmarshalText implements encoding.TextUnmarshaler: an RFC 3339 time.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// UnmarshalJSON implements json.Unmarshaler: a quoted RFC 3339 string ("null" is a no-op).
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = Parse(RFC3339, string(data[1:len(data)-1]))
	return err
}

// Go 1.27's API that memrun does not compile yet.

func (t Time) AppendBinary(b []byte) ([]byte, error)
func (t *Time) GobDecode(data []byte) error
func (t Time) GobEncode() ([]byte, error)
func (t Time) MarshalBinary() ([]byte, error)
func (t *Time) UnmarshalBinary(data []byte) error
func (t Time) ZoneBounds() (start, end Time)

// ----- timers (the runtime's timer heap, fired by the scheduler) -----

// The Timer type represents a single event: when it expires, the current time is sent on C
// (unless it was made by AfterFunc). As in Go 1.23, Stop and Reset leave no stale value in C.
type Timer struct {
	C <-chan Time
	c chan Time
	r any // the runtime's *rtimer (a type programs do not see)
}

// sendTime delivers the current time on c without waiting (a value already there stays).
func sendTime(c chan Time) func() {
	return func() {
		select {
		case c <- Now():
		default:
		}
	}
}

func newRuntimeTimer(d Duration, period Duration, f func()) any {
	when := monotime()
	if d > 0 {
		when += int(d)
	}
	return newTimer(when, int(period), f)
}

// NewTimer creates a Timer that sends the current time on its channel after at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	markTimerChan(c)
	t := &Timer{C: c, c: c}
	t.r = newRuntimeTimer(d, 0, sendTime(c))
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r = newRuntimeTimer(d, 0, func() { go f() })
	return t
}

// After waits for the duration to elapse and then sends the current time on the channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Stop prevents the Timer from firing; whether it was still pending (a fired value that was
// not received yet counts as pending, and is dropped).
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	active := stopTimer(t.r.(*rtimer))
	return drainTimerChan(t.c) || active
}

// Reset changes the timer to expire after duration d; whether it had been active (pending,
// as for Stop).
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	drained := drainTimerChan(t.c)
	active := resetTimer(t.r.(*rtimer), monotime()+int(d), 0)
	return drained || active
}

// drainTimerChan drops the value waiting in a timer's channel c (nil for AfterFunc's); whether
// there was one.
func drainTimerChan(c chan Time) bool {
	if c == nil {
		return false
	}
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// A Ticker holds a channel that delivers the current time at intervals.
type Ticker struct {
	C <-chan Time
	c chan Time
	r any // the runtime's *rtimer
}

// NewTicker returns a new Ticker sending the current time on its channel every d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	markTimerChan(c)
	t := &Ticker{C: c, c: c}
	t.r = newRuntimeTimer(d, d, sendTime(c))
	return t
}

// Stop turns off the ticker.
func (t *Ticker) Stop() {
	if t.r == nil {
		return
	}
	stopTimer(t.r.(*rtimer))
	drainTimerChan(t.c)
}

// Reset stops the ticker and resets its period to d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r.(*rtimer), monotime()+int(d), int(d))
	drainTimerChan(t.c)
}

// Tick is NewTicker(d).C, or nil for d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the ParseError as gc words it.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

// skip removes prefix from value; a space in prefix matches any run of spaces.
func skip(value, prefix string) (string, bool) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, false
			}
			for len(prefix) > 0 && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, false
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, true
}

// getnum reads one or two digits (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, bool) {
	if !isDigitAt(s, 0) {
		return 0, s, false
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// getnum3 reads one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, bool) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, false
	}
	return n, s[i:], true
}

// atoi reads a whole decimal string with an optional sign.
func atoi(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	x := 0
	for i := 0; i < len(s); i++ {
		if !isDigitAt(s, i) || x > (1<<62)/10 {
			return 0, false
		}
		x = x*10 + int(s[i]-'0')
	}
	if neg {
		x = -x
	}
	return x, true
}

// lookupName finds a name of tab at the start of val, ignoring ASCII case.
func lookupName(tab []string, val string) (int, string, bool) {
	for i, v := range tab {
		if len(val) < len(v) {
			continue
		}
		ok := true
		for j := 0; j < len(v); j++ {
			c1, c2 := val[j], v[j]
			if c1 != c2 {
				c1 |= 'a' - 'A'
				c2 |= 'a' - 'A'
				if c1 != c2 || c1 < 'a' || c1 > 'z' {
					ok = false
					break
				}
			}
		}
		if ok {
			return i, val[len(v):], true
		}
	}
	return -1, val, false
}

// parseNanoseconds reads a separator and nbytes-1 digits as nanoseconds.
func parseNanoseconds(value string, nbytes int) (int, string, bool) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", false
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	ns, ok := atoi(value[1:nbytes])
	if !ok {
		return 0, "", false
	}
	if ns < 0 {
		return 0, "fractional second", true
	}
	for i := 0; i < 10-nbytes; i++ {
		ns *= 10
	}
	return ns, "", true
}

// parseSignedOffset is the length of a +hh or -hh offset (hours up to 12), 0 if none.
func parseSignedOffset(value string) int {
	sign := value[0]
	if sign != '-' && sign != '+' {
		return 0
	}
	i := 1
	x := 0
	for i < len(value) && isDigitAt(value, i) {
		x = x*10 + int(value[i]-'0')
		if x > 1<<40 {
			return 0
		}
		i++
	}
	if i == 1 || x > 23 {
		return 0
	}
	return i
}

// parseTimeZone is the length of a zone abbreviation at the start of value.
func parseTimeZone(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := parseSignedOffset(value)
		return n, n > 0
	}
	n := 0
	for n < 6 && n < len(value) && value[n] >= 'A' && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 3:
		return 3, true
	}
	return 0, false
}

// lookupZoneName is the offset of the zone called name in l at unix: one in effect then if
// there is one, else any of that name.
func (l *Location) lookupZoneName(name string, unix int64) (int, bool) {
	l = l.get()
	for i, n := range l.zoneNames {
		if n == name {
			nam, offset, _, _, _ := l.lookup(unix - int64(l.zoneOffset[i]))
			if nam == n {
				return offset, true
			}
		}
	}
	for i, n := range l.zoneNames {
		if n == name {
			return l.zoneOffset[i], true
		}
	}
	return 0, false
}

// Parse parses value as layout writes the reference time; without a zone in the value the
// time is in UTC, and a zone offset that Local has at that time gives a time in Local.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without a zone in loc, and prefers loc
// for a zone offset or abbreviation.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
var daysBefore = []int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset := -1
	zoneName := ""
	for {
		start, end, std, digits, _ := nextStd(layout, 0)
		prefix := layout[:start]
		stdstr := layout[start:end]
		v, ok := skip(value, prefix)
		value = v
		if !ok {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if std == stdNone {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = layout[end:]
		hold := value
		ok = true
		switch std {
		case stdYear:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[0:2]
			value = value[2:]
			year, ok = atoi(p)
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				ok = false
				break
			}
			p := value[0:4]
			value = value[4:]
			year, ok = atoi(p)
		case stdMonth:
			month, value, ok = lookupName(shortMonthNames, value)
			month++
		case stdLongMonth:
			month, value, ok = lookupName(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, ok = getnum(value, std == stdZeroMonth)
			if ok && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case stdWeekDay:
			_, value, ok = lookupName(shortDayNames, value)
		case stdLongWeekDay:
			_, value, ok = lookupName(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, ok = getnum(value, std == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			for i := 0; i < 2; i++ {
				if std == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, ok = getnum3(value, std == stdZeroYearDay)
		case stdHour:
			hour, value, ok = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, ok = getnum(value, std == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, ok = getnum(value, std == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, ok = getnum(value, std == stdZeroSecond)
			if !ok {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fraction in the value that the layout does not ask for is read anyway.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				_, _, next, _, _ := nextStd(layout, 0)
				if next == stdFracSecond0 || next == stdFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigitAt(value, n) {
					n++
				}
				nsec, rangeErr, ok = parseNanoseconds(value, n)
				value = value[n:]
			}
		case stdPM, stdpm:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[0:2]
			value = value[2:]
			pm, am := "PM", "AM"
			if std == stdpm {
				pm, am = "pm", "am"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				ok = false
			}
		case stdISO8601TZ, stdISO8601ShortTZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ, stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			iso := std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ || std == stdISO8601ColonSecondsTZ
			if iso && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			if std == stdISO8601ColonTZ || std == stdNumColonTZ {
				if len(value) < 6 || value[3] != ':' {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			} else if std == stdNumShortTZ || std == stdISO8601ShortTZ {
				if len(value) < 3 {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			} else if std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ {
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			} else if std == stdISO8601SecondsTZ || std == stdNumSecondsTz {
				if len(value) < 7 {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			} else {
				if len(value) < 5 {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			// Hours, minutes, seconds: each only if the one before parsed.
			hr, _, ok1 := getnum(hh, true)
			m, s := 0, 0
			ok = ok1
			if ok {
				m, _, ok = getnum(mm, true)
			}
			if ok {
				s, _, ok = getnum(ss, true)
			}
			if hr > 24 {
				rangeErr = "time zone offset hour"
			}
			if m > 60 {
				rangeErr = "time zone offset minute"
			}
			if s > 60 {
				rangeErr = "time zone offset second"
			}
			zoneOffset = (hr*60+m)*60 + s
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				ok = false
			}
		case stdTZ:
			if len(value) >= 3 && value[0:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, found := parseTimeZone(value)
			if !found {
				ok = false
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			ndigit := 1 + digits
			if len(value) < ndigit {
				ok = false
				break
			}
			nsec, rangeErr, ok = parseNanoseconds(value, ndigit)
			value = value[ndigit:]
		case stdFracSecond9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || value[1] < '0' || '9' < value[1] {
				break
			}
			i := 0
			for i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
				i++
			}
			nsec, rangeErr, ok = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ": " + rangeErr + " out of range"}
		}
		if !ok {
			return Time{}, &ParseError{alayout, avalue, stdstr, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		d, m := 0, 0
		if isLeap(int64(year)) {
			if yday == 31+29 {
				m = int(February)
				d = 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore[m] < yday {
				m++
			}
			d = yday - daysBefore[m-1]
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), int64(year)) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		name, offset, _, _, _ := local.lookup(t.unixSec())
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		offset, found := local.lookupZoneName(zoneName, t.unixSec())
		if found {
			t.sec -= int64(offset)
			t.setLoc(local)
			return t, nil
		}
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}
