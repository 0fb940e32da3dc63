package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	Log     []string
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.Log = append(a.Log, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) bool {
	if n > a.Balance {
		a.Log = append(a.Log, fmt.Sprintf("!%d", n))
		return false
	}
	a.Balance -= n
	a.Log = append(a.Log, fmt.Sprintf("-%d", n))
	return true
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s: %d (%d ops)", a.Owner, a.Balance, len(a.Log))
}

// A value receiver works on a copy: this change is lost.
func (a Account) TryReset() {
	a.Balance = 0
}

func (a *Account) Transfer(to *Account, n int) bool {
	if !a.Withdraw(n) {
		return false
	}
	to.Deposit(n)
	return true
}

type Bank struct {
	Name     string
	Accounts []Account
}

func (b *Bank) Open(owner string) *Account {
	b.Accounts = append(b.Accounts, Account{Owner: owner})
	return &b.Accounts[len(b.Accounts)-1]
}

func (b Bank) Total() int {
	t := 0
	for i := 0; i < len(b.Accounts); i++ {
		t += b.Accounts[i].Balance
	}
	return t
}

func main() {
	acc := Account{Owner: "alice"}
	acc.Deposit(100) // (&acc).Deposit
	acc.Withdraw(30)
	acc.Withdraw(500)
	acc.TryReset()
	fmt.Println(acc.Summary(), acc.Log)

	p := &acc
	p.Deposit(5)
	fmt.Println(p.Summary(), (*p).Balance) // (*p).Summary

	bob := &Account{Owner: "bob", Balance: 20}
	fmt.Println(acc.Transfer(bob, 50), p.Transfer(bob, 1000))
	fmt.Println(acc.Summary(), "|", bob.Summary())
	fmt.Println(bob.Log)

	bank := Bank{Name: "First"}
	bank.Open("x")
	bank.Open("y")
	bank.Accounts[0].Deposit(10)
	bank.Accounts[1].Deposit(32)
	fmt.Println(bank.Total(), len(bank.Accounts))
	for i := 0; i < len(bank.Accounts); i++ {
		fmt.Println(bank.Accounts[i].Summary())
	}

	accounts := []Account{{Owner: "c"}, {Owner: "d"}}
	for i := 0; i < len(accounts); i++ {
		accounts[i].Deposit(i + 1)
	}
	copyAcc := accounts[0]
	copyAcc.Deposit(1000)
	fmt.Println(accounts[0].Summary(), copyAcc.Summary())

	arr := [2]Account{{Owner: "e"}, {Owner: "f", Balance: 7}}
	arr[1].Withdraw(2)
	fmt.Println(arr[1].Summary(), arr[0].Summary())
	fmt.Printf("%+v\n", arr[1])
}
