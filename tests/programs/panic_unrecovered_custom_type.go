package main

import "fmt"

type Reason string

type Budget struct {
	limit int
	spent map[string]int
}

func (b *Budget) total() int {
	t := 0
	for _, v := range b.spent {
		t += v
	}
	return t
}

func (b *Budget) Spend(cat string, n int) {
	b.spent[cat] += n
	if t := b.total(); t > b.limit {
		panic(Reason(fmt.Sprintf("limit %d exceeded: %d", b.limit, t)))
	}
}

func attempt(b *Budget, cat string, n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("recovered %v (%T)\n", r, r)
			b.spent[cat] -= n
		}
	}()
	b.Spend(cat, n)
}

func main() {
	b := &Budget{limit: 10, spent: map[string]int{}}
	attempt(b, "food", 4)
	attempt(b, "rent", 5)
	attempt(b, "fun", 3)
	fmt.Println(b.spent, b.total())

	defer fmt.Println("deferred in main still runs")
	b.Spend("food", 1)
	fmt.Println("spent", b.total())
	b.Spend("fun", 2)
	fmt.Println("not printed")
}
