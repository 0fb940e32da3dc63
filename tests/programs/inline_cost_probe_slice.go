package main

type S struct{ s []int; str string }

var sink int

func sl1(s []int) []int          { return s[:len(s)] }
func sl2(s []int) []int          { return s[0:len(s)] }
func sl3(s string) string        { return s[0:len(s)] }
func sl4(s string) string        { return s[:len(s)] }
func sl5(s []int) []int          { return s[0:len(s):len(s)] }
func sl6(s []int) []int          { return s[0:] }
func sl7(p *S) []int             { return p.s[:len(p.s)] }
func sl8(a *[4]int) []int        { return a[0:len(a)] }
func sl9(s []int) []int          { s = s[:len(s)]; return s }
func sl10(s []int, t []int) []int { return s[:len(t)] }
func sl11(s []int) []int         { x := s; return x[0:len(x)] }
func sl12(b []byte) string       { return string(b[0:len(b)]) }
func sl13(s []int) []int         { return s[0:0] }
func sl14(s []int) []int         { return s[:0:len(s)] }
func sl15(s []int) int           { return len(s[0:len(s)]) + cap(s[:len(s)]) }
func sl16(a [4]int) int          { return len(a[0:]) }

func main() {
	s := []int{1}
	p := &S{}
	var a [4]int
	sink = len(sl1(s)) + len(sl2(s)) + len(sl3("a")) + len(sl4("a")) + len(sl5(s)) + len(sl6(s)) + len(sl7(p)) + len(sl8(&a))
	sink += len(sl9(s)) + len(sl10(s, s)) + len(sl11(s)) + len(sl12(nil)) + len(sl13(s)) + len(sl14(s)) + sl15(s) + sl16(a)
}
