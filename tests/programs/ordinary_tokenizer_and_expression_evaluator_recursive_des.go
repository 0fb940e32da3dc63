// Tokenizer and expression evaluator (recursive descent)
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() float64 {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		if p.next() == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		if p.next() == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.next()
	switch t {
	case "(":
		v := p.expr()
		p.next()
		return v
	case "-":
		return -p.factor()
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		panic(fmt.Sprintf("bad token %q", t))
	}
	return f
}

func eval(s string) (res float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &parser{toks: tokenize(s)}
	return p.expr(), nil
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1.5", "-(2 + 3) * -2", "2 * (3 + 4) * 5 / 7", "1 + x", "1/0"} {
		v, err := eval(e)
		fmt.Printf("%-22s = %v err=%v\n", e, v, err)
	}
	fmt.Printf("%q\n", tokenize("12+(3.5*4)"))
}
