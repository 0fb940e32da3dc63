package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokenKind
	Text string
	Num  float64
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
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
			f, err := strconv.ParseFloat(s[i:j], 64)
			if err != nil {
				return nil, err
			}
			toks = append(toks, Token{NUM, s[i:j], f})
			i = j
		case c == '(':
			toks = append(toks, Token{Kind: LPAREN, Text: "("})
			i++
		case c == ')':
			toks = append(toks, Token{Kind: RPAREN, Text: ")"})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/':
			toks = append(toks, Token{Kind: OP, Text: string(c)})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() float64 {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		if t.Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.pos++
		if t.Text == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.peek()
	if t == nil {
		panic("unexpected end")
	}
	p.pos++
	switch {
	case t.Kind == NUM:
		return t.Num
	case t.Kind == LPAREN:
		v := p.expr()
		p.pos++
		return v
	case t.Kind == OP && t.Text == "-":
		return -p.factor()
	}
	panic(fmt.Sprintf("unexpected token %+v", *t))
}

func eval(s string) (res float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse error: %v", r)
		}
	}()
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	return p.expr(), nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-3 * -(2 + 1)", "2 * (3 + 4) * 5 - 1.5", "1 / 0", "0/0", "3 + ", "4 $ 4", ")"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-22q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-22q = %v\n", s, v)
	}
	toks, _ := tokenize("12*(3.5)")
	fmt.Printf("%v\n%+v\n", toks, toks[0])
}
