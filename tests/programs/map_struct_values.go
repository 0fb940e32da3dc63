package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

type Inventory struct {
	items map[string]*Account
}

func main() {
	// Struct values must be copied out, modified, and stored back.
	accts := map[string]Account{
		"a": {"Ann", 100, nil},
		"b": {"Bob", 50, nil},
	}
	acc := accts["a"]
	acc.Balance += 25
	acc.History = append(acc.History, 25)
	fmt.Println(accts["a"].Balance, acc.Balance)
	accts["a"] = acc
	fmt.Println(accts["a"].Balance, accts["a"].History)

	// Reading a field of a missing entry gives the zero value.
	fmt.Printf("%q %d %v\n", accts["zz"].Owner, accts["zz"].Balance, accts["zz"].History == nil)

	// Replacing a whole struct value.
	accts["b"] = Account{Owner: "Bob", Balance: accts["b"].Balance * 2}
	fmt.Printf("%+v\n", accts["b"])

	// Pointer values can be modified in place.
	ptrs := map[string]*Account{}
	for _, name := range []string{"x", "y"} {
		ptrs[name] = &Account{Owner: name}
	}
	ptrs["x"].Balance += 10
	ptrs["x"].Balance++
	ptrs["y"].History = append(ptrs["y"].History, 1, 2, 3)
	fmt.Println(*ptrs["x"], *ptrs["y"])

	// Aliased pointers: both keys see the update.
	shared := &Account{Owner: "shared"}
	ptrs["s1"] = shared
	ptrs["s2"] = shared
	ptrs["s1"].Balance = 999
	fmt.Println(ptrs["s2"].Balance, ptrs["s1"] == ptrs["s2"])

	inv := Inventory{items: ptrs}
	total := 0
	for _, a := range inv.items {
		total += a.Balance
	}
	fmt.Println("total", total)

	// Array values in maps.
	scores := map[string][3]int{}
	s := scores["p"]
	s[1] = 7
	scores["p"] = s
	fmt.Println(scores)

	// Slices in maps: element writes go through without storing back.
	sl := map[string][]int{"k": {1, 2, 3}}
	sl["k"][0] = 100
	fmt.Println(sl)

	// Compound assignment on int values and on struct fields through pointers.
	stock := map[string]int{}
	moves := []struct {
		item string
		qty  int
	}{{"nut", 5}, {"bolt", 3}, {"nut", -2}, {"screw", 8}, {"bolt", -3}}
	for _, mv := range moves {
		stock[mv.item] += mv.qty
		if stock[mv.item] == 0 {
			delete(stock, mv.item)
		}
	}
	fmt.Println(stock, len(stock))

	// Struct with a map field, copied: both copies share the map.
	type Bag struct {
		Name  string
		Count map[string]int
	}
	b1 := Bag{"one", map[string]int{}}
	b2 := b1
	b2.Name = "two"
	b2.Count["apples"] = 3
	fmt.Println(b1, b2)
}
