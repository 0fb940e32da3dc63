package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	Balance float64
	History []string
}

func (a *Account) Deposit(amt float64) error {
	if amt <= 0 {
		return fmt.Errorf("deposit %.2f: invalid amount", amt)
	}
	a.Balance += amt
	a.History = append(a.History, fmt.Sprintf("dep %.2f", amt))
	return nil
}

func (a *Account) Withdraw(amt float64) error {
	if amt > a.Balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amt, a.Owner, ErrInsufficient)
	}
	a.Balance -= amt
	a.History = append(a.History, fmt.Sprintf("wd %.2f", amt))
	return nil
}

func (a Account) String() string {
	return fmt.Sprintf("%s: $%.2f (%d txns)", a.Owner, a.Balance, len(a.History))
}

func Transfer(from, to *Account, amt float64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amt)
}

func main() {
	alice := &Account{Owner: "Alice"}
	bob := &Account{Owner: "Bob", Balance: 50}
	fmt.Println(alice.Deposit(100))
	fmt.Println(alice.Deposit(-5))
	fmt.Println(alice, bob)
	if err := Transfer(alice, bob, 30); err != nil {
		fmt.Println("error:", err)
	}
	err := Transfer(bob, alice, 500)
	fmt.Println("error:", err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
	fmt.Println(*alice)
	fmt.Println(bob.String())
	fmt.Printf("%v\n", alice.History)
	fmt.Printf("%q\n", bob.History)
	fmt.Println(len(alice.History), cap(alice.History))
}
