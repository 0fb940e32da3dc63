package main

import "fmt"

type St struct {
	w, p     int
	wok, pok bool
	flags    string
}

func (s St) Write(b []byte) (int, error) { return len(b), nil }
func (s St) Width() (int, bool)          { return s.w, s.wok }
func (s St) Precision() (int, bool)      { return s.p, s.pok }
func (s St) Flag(c int) bool {
	for _, r := range s.flags {
		if int(r) == c {
			return true
		}
	}
	return false
}

func main() {
	fmt.Println(fmt.FormatString(St{}, 'v'))
	fmt.Println(fmt.FormatString(St{5, 3, true, true, "-+# 0"}, 'd'))
	fmt.Println(fmt.FormatString(St{-5, -3, true, true, "0"}, 'x'))
	fmt.Println(fmt.FormatString(St{1234567, 0, true, true, "!"}, '☺'))
	fmt.Println(fmt.FormatString(St{0, 0, false, true, ""}, -1))
	fmt.Println(fmt.FormatString(St{0, 0, false, false, ""}, 0x110000))
	fmt.Printf("%q\n", fmt.FormatString(St{}, 0))
}
