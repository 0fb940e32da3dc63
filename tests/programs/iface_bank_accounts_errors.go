package main

import (
	"errors"
	"fmt"
)

var ErrFrozen = errors.New("account frozen")

type InsufficientFunds struct{ Need, Have int }

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Account interface {
	Balance() int
	Withdraw(n int) error
	Deposit(n int)
}

type Checking struct{ bal int }

func (c *Checking) Balance() int  { return c.bal }
func (c *Checking) Deposit(n int) { c.bal += n }
func (c *Checking) Withdraw(n int) error {
	if n > c.bal {
		return &InsufficientFunds{n, c.bal}
	}
	c.bal -= n
	return nil
}

type Savings struct {
	Checking
	withdrawals int
}

func (s *Savings) Withdraw(n int) error {
	if s.withdrawals >= 2 {
		return fmt.Errorf("savings limit reached (%d): %w", s.withdrawals, ErrFrozen)
	}
	if err := s.Checking.Withdraw(n); err != nil {
		return fmt.Errorf("savings: %w", err)
	}
	s.withdrawals++
	return nil
}

func transfer(from, to Account, n int) error {
	if err := from.Withdraw(n); err != nil {
		return fmt.Errorf("transfer %d: %w", n, err)
	}
	to.Deposit(n)
	return nil
}

func main() {
	chk := &Checking{bal: 100}
	sav := &Savings{Checking: Checking{bal: 500}}
	type op struct {
		from, to Account
		n        int
	}
	for i, op := range []op{{chk, sav, 30}, {chk, sav, 100}, {sav, chk, 50}, {sav, chk, 50}, {sav, chk, 10}} {
		err := transfer(op.from, op.to, op.n)
		fmt.Printf("op %d: chk=%d sav=%d err=%v\n", i, chk.Balance(), sav.Balance(), err)
		var ins *InsufficientFunds
		switch {
		case err == nil:
		case errors.As(err, &ins):
			fmt.Println("  short by", ins.Need-ins.Have)
		case errors.Is(err, ErrFrozen):
			fmt.Println("  frozen/limit")
		}
	}
	err := transfer(sav, chk, 1)
	fmt.Println(err, errors.Is(err, ErrFrozen), errors.Unwrap(err) == ErrFrozen)
}
