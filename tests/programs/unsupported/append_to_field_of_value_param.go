package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History [4]int
	Tags    []string
}

func depositCopy(a Account, n int) Account {
	a.Balance += n
	a.History[0] = n
	return a
}

func depositPtr(a *Account, n int) {
	a.Balance += n
	a.History[1] = n
}

func tagCopy(a Account, t string) {
	// the slice header is copied, but the backing array is shared
	a.Tags[0] = t
	a.Tags = append(a.Tags, "lost")
}

type Pair struct {
	Left, Right Account
}

func main() {
	a := Account{Owner: "ann", Balance: 100, Tags: []string{"new", "vip"}}
	b := a
	b.Owner = "bob"
	b.Balance = 5
	b.History[2] = 9
	fmt.Println(a.Owner, a.Balance, a.History)
	fmt.Println(b.Owner, b.Balance, b.History)

	c := depositCopy(a, 50)
	fmt.Println(a.Balance, a.History, c.Balance, c.History)
	depositPtr(&a, 25)
	fmt.Println(a.Balance, a.History)

	tagCopy(a, "old")
	fmt.Println(a.Tags, len(a.Tags), b.Tags)

	arr := [3]Account{a, b, c}
	arr2 := arr
	arr2[0].Balance = 0
	arr2[1].History[3] = 77
	fmt.Println(arr[0].Balance, arr2[0].Balance, arr[1].History, arr2[1].History)

	sl := []Account{a, b}
	x := sl[0]
	x.Balance = -1
	fmt.Println(sl[0].Balance, x.Balance)
	p := &sl[1]
	p.Balance = 999
	fmt.Println(sl[1].Balance, b.Balance)

	pr := Pair{a, b}
	pr2 := pr
	pr2.Left.Owner = "zed"
	pr2.Right.History[0]++
	fmt.Println(pr.Left.Owner, pr2.Left.Owner, pr.Right.History[0], pr2.Right.History[0])

	ptr := &pr
	cp := *ptr
	cp.Right.Balance = 1
	ptr.Left.Balance = 2
	fmt.Println(pr.Left.Balance, pr.Right.Balance, cp.Left.Balance, cp.Right.Balance)

	q := new(Account)
	*q = a
	q.Owner = "q"
	fmt.Println(a.Owner, q.Owner, q.Balance, q.History)
	a, b = b, a
	fmt.Println(a.Owner, b.Owner)
}
