package main

import (
	"fmt"
	"strings"
)

func main() {
	pairs := [][2]string{
		{"Go", "GO"}, {"go", "Go"}, {"", ""}, {"a", ""}, {"abc", "ABD"},
		{"@", "`"}, {"[", "{"}, {"Z", "z"}, {"hello, WORLD", "HELLO, world"},
		{"K", "\u212A"}, {"k", "\u212A"}, {"\u212A", "\u212A"},
		{"s", "ſ"}, {"S", "ſ"}, {"ſ", "ſ"}, {"ss", "ß"}, {"SS", "ß"}, {"ß", "ẞ"},
		{"İ", "i"}, {"ı", "I"}, {"İ", "ı"}, {"ı", "i"}, {"İ", "I"},
		{"σ", "ς"}, {"Σ", "ς"}, {"Σ", "σ"}, {"ΟΔΥΣΣΕΥΣ", "οδυσσευς"}, {"ΟΔΥΣΣΕΥΣ", "οδυσσευσ"},
		{"µ", "μ"}, {"µ", "Μ"}, {"ΐ", "ΐ"}, {"θ", "ϑ"}, {"Θ", "ϴ"},
		{"Привет", "пРИВЕТ"}, {"Ё", "ё"}, {"Ӏ", "ӏ"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"ǈ", "LJ"},
		{"Ⴀ", "ⴀ"}, {"Ա", "ա"}, {"𐐀", "𐐨"}, {"Å", "Å"}, {"Å", "å"},
		{"\xff", "\xff"}, {"\xff", "\xfe"}, {"\xff", "\uFFFD"}, {"a\xffB", "A\xffb"},
		{"éa", "ÉA"}, {"e\u0301", "é"}, {"ÿ", "Ÿ"}, {"Ω", "Ω"}, {"ω", "Ω"},
		{"ǰ", "J̌"}, {"ﬀ", "ff"}, {"Ａ", "ａ"}, {"ȿ", "Ȿ"}, {"ꭰ", "Ꭰ"},
	}
	for _, p := range pairs {
		a := strings.EqualFold(p[0], p[1])
		b := strings.EqualFold(p[1], p[0])
		fmt.Printf("EqualFold(%+q,%+q)=%v sym=%v lower==%v upper==%v\n", p[0], p[1], a, a == b,
			strings.ToLower(p[0]) == strings.ToLower(p[1]), strings.ToUpper(p[0]) == strings.ToUpper(p[1]))
	}
	long1 := strings.Repeat("aBcDeFgHiJ", 20)
	long2 := strings.ToUpper(long1)
	fmt.Println(strings.EqualFold(long1, long2), strings.EqualFold(long1+"x", long2), strings.EqualFold(long1+"ſ", long2+"S"))
	words := []string{"KELVIN", "kelvin", "\u212Aelvin", "ſtraße", "STRASSE", "Straße"}
	for _, w := range words {
		for _, v := range words {
			if strings.EqualFold(w, v) {
				fmt.Print("1")
			} else {
				fmt.Print("0")
			}
		}
		fmt.Println(" ", w)
	}
}
