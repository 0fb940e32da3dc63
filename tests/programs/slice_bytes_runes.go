package main

import "fmt"

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func toUpper(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

func caesar(s string, shift int) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + byte((int(c-'a')+shift+26)%26)
		case c >= 'A' && c <= 'Z':
			c = 'A' + byte((int(c-'A')+shift+26)%26)
		}
		out = append(out, c)
	}
	return string(out)
}

func isPalindrome(s string) bool {
	var clean []rune
	r := []rune(s)
	for i := 0; i < len(r); i++ {
		c := r[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if (c >= 'a' && c <= 'z') || c > 127 {
			clean = append(clean, c)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func main() {
	s := "Hello, 世界!"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Printf("%x\n%X\n% x\n", b, b[7:10], b[:5])
	fmt.Printf("%q %q\n", r[7], r)
	fmt.Println(string(b[7:10]), string(r[7:9]), string(r[7]))
	fmt.Println(reverseRunes(s), reverseRunes(""), reverseRunes("ab"))
	fmt.Println(toUpper("go is fun"), caesar("Hello, World", 3), caesar(caesar("Zebra", 5), -5))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("gopher"), isPalindrome("日本日"))

	w := words("  the quick  brown fox ")
	fmt.Println(len(w), w)
	fmt.Printf("%q\n", w)

	b[0] = 'J'
	fmt.Println(s, string(b))
	r[7] = '地'
	fmt.Println(string(r))

	joined := []byte{}
	for i := 0; i < len(w); i++ {
		if i > 0 {
			joined = append(joined, '-')
		}
		joined = append(joined, w[i]...)
	}
	fmt.Println(string(joined))
	fmt.Printf("%s %v\n", joined, joined[:3])

	bad := []byte{'a', 0xff, 'b'}
	fmt.Println(len([]rune(string(bad))), []rune(string(bad)))
	runes := []rune{0x48, 0x69, -1, 0x1F600}
	fmt.Printf("%q %d\n", string(runes), len(string(runes)))
	fmt.Println(string([]byte{}), string([]rune(nil)) == "")
}
