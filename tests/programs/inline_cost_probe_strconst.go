package main

var sink int

const cs = "hello"

type St string

func o1() byte          { return "abc"[1] }
func o2(i int) byte     { return cs[i] }
func o3() string        { return "abc"[1:] }
func o4() int           { return len("abc"[1:]) }
func o5() string        { return cs[0:] }
func o6() string        { return cs[:len(cs)] }
func o7(s string) bool  { return s == cs[1:3] }
func o8() St            { return St("x") + "y" }
func o9(s St) int       { return len(s) }
func o10() []byte       { return []byte(cs) }
func o11() string       { return string(rune(65)) }
func o12(i int) string  { return string(rune(i)) }
func o13() int          { n := 0; for range cs { n++ }; return n }
func o14() int          { n := 0; for i := range len(cs) { n += i }; return n }
func o15(s string) bool { return len(s) > 0 && s[0] == cs[0] }
func o16() string       { return cs + cs }
func o17() byte         { const c = "abc"; return c[len(c)-1] }

func main() {
	defer func() {}()
	_, _, _, _, _, _, _, _, _, _ = o1(), o2(1), o3(), o4(), o5(), o6(), o7(""), o8(), o9(""), o10()
	_, _, _, _, _, _, _ = o11(), o12(1), o13(), o14(), o15(""), o16(), o17()
}
