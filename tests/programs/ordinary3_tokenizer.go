package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	Num Kind = iota
	Ident
	Op
	LParen
	RParen
)

var kindNames = []string{"Num", "Ident", "Op", "LParen", "RParen"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%s)@%d", t.Kind, t.Text, t.Pos) }

type LexError struct {
	Pos int
	Ch  rune
}

func (e *LexError) Error() string { return fmt.Sprintf("unexpected %q at %d", e.Ch, e.Pos) }

func Lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{Num, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			toks = append(toks, Token{Ident, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, Token{Op, string(r), i})
			i++
		case r == '(':
			toks = append(toks, Token{LParen, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RParen, ")", i})
			i++
		default:
			return toks, &LexError{i, r}
		}
	}
	return toks, nil
}

func main() {
	srcs := []string{"3 + 4*x1", "(a_b - 2.5) / rate^2", "  ", "7 % 3 $ 2", "π*r*r", "1.2.3+foo(bar)"}
	for _, s := range srcs {
		toks, err := Lex(s)
		fmt.Printf("%q -> %v len=%d cap=%d", s, toks, len(toks), cap(toks))
		if err != nil {
			fmt.Print(" ERR: ", err)
		}
		fmt.Println()
		nums := 0.0
		for _, t := range toks {
			if t.Kind == Num {
				if v, err := strconv.ParseFloat(t.Text, 64); err == nil {
					nums += v
				} else {
					fmt.Println("  bad number:", err)
				}
			}
		}
		fmt.Println("  sum of numbers:", nums)
	}
	fmt.Printf("%v %d %s\n", Op, Op, RParen)
}
