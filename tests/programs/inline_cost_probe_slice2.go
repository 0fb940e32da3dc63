package main

var sink int
var gs []int
var gstr string

const Z = 0

type S struct{ s []int }

func q1(s []int, n int) []int      { return s[0:n] }
func q2(s []int) []int             { return s[Z:] }
func q3(s []int) []int             { return s[0x0:] }
func q4() []int                    { return gs[:len(gs)] }
func q5() string                   { return gstr[0:len(gstr)] }
func q6(s []int, i int) []int      { return s[i:len(s)] }
func q7(s []int) []int             { return s[0:len(s):cap(s)] }
func q8(s []int) []int             { return s[:len(s):len(s)] }
func q9(s string) string           { return s[0:] }
func q10(a *[8]int) []int          { return a[0:] }
func q11(a [8]int) []int           { return a[0:] }
func q12(s []int) []int            { s = s[0:]; s = s[:len(s)]; return s[0:len(s)] }
func q13(s []int) int              { t := s[0:len(s)]; return len(t) }
func q14(p *S) []int               { return p.s[0:] }
func q15(s []int) []int            { return s[int(0):] }
func q16(s []byte) []byte          { return s[:len(s)-1] }
func q17(s []int) []int            { return (s)[:len((s))] }
func q18(s []int) []int {
	var x []int = s
	return x[:len(x)]
}
func q19(s []int) int {
	n := 0
	for _, v := range s[0:] {
		n += v
	}
	return n
}
func q20(s string) bool            { return s[:len(s)] == "x" }
func q21(s []int) []int            { return s[0:0:0] }
func q22(s []int) []int            { return s[0:len(s)][0:len(s)] }

func main() {
	defer func() {}()
	s := []int{1}
	var a [8]int
	p := &S{}
	_, _, _, _, _, _, _, _, _, _, _ = q1(s, 1), q2(s), q3(s), q4(), q5(), q6(s, 0), q7(s), q8(s), q9(""), q10(&a), q11(a)
	_, _, _, _, _, _, _, _, _, _, _ = q12(s), q13(s), q14(p), q15(s), q16(nil), q17(s), q18(s), q19(s), q20(""), q21(s), q22(s)
}
