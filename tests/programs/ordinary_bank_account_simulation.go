// Bank account simulation
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Transaction struct {
	Kind   string
	Amount float64
}

type Account struct {
	Owner   string
	Balance float64
	History []Transaction
}

func (a *Account) Deposit(amt float64) error {
	if amt <= 0 {
		return fmt.Errorf("deposit %.2f: amount must be positive", amt)
	}
	a.Balance += amt
	a.History = append(a.History, Transaction{"deposit", amt})
	return nil
}

func (a *Account) Withdraw(amt float64) error {
	if amt > a.Balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amt, a.Owner, ErrInsufficient)
	}
	a.Balance -= amt
	a.History = append(a.History, Transaction{"withdraw", amt})
	return nil
}

func Transfer(from, to *Account, amt float64) error {
	if err := from.Withdraw(amt); err != nil {
		return err
	}
	return to.Deposit(amt)
}

func (a Account) Statement() {
	fmt.Printf("Statement for %s\n", a.Owner)
	for i, t := range a.History {
		fmt.Printf("  %2d %-9s %10.2f\n", i+1, t.Kind, t.Amount)
	}
	fmt.Printf("  balance: %.2f\n", a.Balance)
}

func main() {
	alice := &Account{Owner: "Alice"}
	bob := &Account{Owner: "Bob", Balance: 50}
	steps := []func() error{
		func() error { return alice.Deposit(100) },
		func() error { return alice.Withdraw(30) },
		func() error { return alice.Deposit(-5) },
		func() error { return Transfer(alice, bob, 45.5) },
		func() error { return Transfer(alice, bob, 100) },
		func() error { return bob.Withdraw(20.25) },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			fmt.Printf("step %d failed: %v (insufficient=%t)\n", i, err, errors.Is(err, ErrInsufficient))
		}
	}
	alice.Statement()
	bob.Statement()
	fmt.Printf("%+v\n", *bob)
}
