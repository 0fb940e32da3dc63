package main

import (
	"errors"
	"fmt"
	"sort"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Tx struct {
	From, To string
	Amount   Cents
}

type Ledger struct {
	balances map[string]Cents
	history  []Tx
	rejected []Tx
}

var ErrFunds = errors.New("insufficient funds")
var ErrAccount = errors.New("unknown account")

func (l *Ledger) Transfer(t Tx) (err error) {
	defer func() {
		if err != nil {
			l.rejected = append(l.rejected, t)
		} else {
			l.history = append(l.history, t)
		}
	}()
	from, ok1 := l.balances[t.From]
	_, ok2 := l.balances[t.To]
	if !ok1 || !ok2 {
		return fmt.Errorf("%s->%s: %w", t.From, t.To, ErrAccount)
	}
	if from < t.Amount {
		return fmt.Errorf("%s has %v, needs %v: %w", t.From, from, t.Amount, ErrFunds)
	}
	l.balances[t.From] -= t.Amount
	l.balances[t.To] += t.Amount
	return nil
}

func (l *Ledger) Print() {
	names := make([]string, 0, len(l.balances))
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	var total Cents
	for _, n := range names {
		fmt.Printf("  %-6s %10v\n", n, l.balances[n])
		total += l.balances[n]
	}
	fmt.Println("  total", total)
}

func main() {
	l := &Ledger{balances: map[string]Cents{"alice": 10000, "bob": 2550, "carol": 0}}
	txs := []Tx{
		{"alice", "bob", 1999}, {"bob", "carol", 4000}, {"carol", "alice", 1}, {"bob", "carol", 4549},
		{"dave", "alice", 100}, {"alice", "carol", 8001}, {"carol", "bob", 4549},
	}
	for _, t := range txs {
		if err := l.Transfer(t); err != nil {
			fmt.Println("rejected:", err, "| funds?", errors.Is(err, ErrFunds))
		} else {
			fmt.Printf("ok: %s -> %s %v\n", t.From, t.To, t.Amount)
		}
	}
	l.Print()
	fmt.Println("history", len(l.history), cap(l.history), "rejected", len(l.rejected), cap(l.rejected))
	fmt.Println(Cents(-1234), Cents(5), []Cents{100, 99})
	fmt.Printf("%v %d %s\n", l.rejected[0].Amount, l.rejected[0].Amount, Cents(7))
}
