package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	ISBN   string
	Title  string
	Author string
	Year   int
	OnLoan bool
}

type Library struct {
	books   map[string]*Book
	loans   map[string][]string
	history []string
}

var (
	ErrNoBook = errors.New("no such book")
	ErrLoaned = errors.New("already on loan")
)

func NewLibrary() *Library {
	return &Library{books: map[string]*Book{}, loans: map[string][]string{}}
}

func (l *Library) Add(books ...Book) {
	for i := range books {
		b := books[i]
		l.books[b.ISBN] = &b
	}
}

func (l *Library) Lend(isbn, member string) error {
	b, ok := l.books[isbn]
	if !ok {
		return fmt.Errorf("lend %s: %w", isbn, ErrNoBook)
	}
	if b.OnLoan {
		return fmt.Errorf("lend %q: %w", b.Title, ErrLoaned)
	}
	b.OnLoan = true
	l.loans[member] = append(l.loans[member], isbn)
	l.history = append(l.history, member+"<"+isbn)
	return nil
}

func (l *Library) Return(isbn, member string) {
	list := l.loans[member]
	for i, x := range list {
		if x == isbn {
			l.loans[member] = append(list[:i], list[i+1:]...)
			l.books[isbn].OnLoan = false
			break
		}
	}
	if len(l.loans[member]) == 0 {
		delete(l.loans, member)
	}
}

func (l *Library) ByAuthor() map[string][]string {
	res := map[string][]string{}
	for _, b := range l.books {
		res[b.Author] = append(res[b.Author], b.Title)
	}
	for _, v := range res {
		sort.Strings(v)
	}
	return res
}

func main() {
	lib := NewLibrary()
	lib.Add(
		Book{"111", "Dune", "Herbert", 1965, false},
		Book{"222", "Emma", "Austen", 1815, false},
		Book{"333", "Persuasion", "Austen", 1817, false},
		Book{"444", "Neuromancer", "Gibson", 1984, false},
	)
	fmt.Println(lib.Lend("111", "sam"))
	fmt.Println(lib.Lend("111", "kim"))
	fmt.Println(lib.Lend("999", "kim"))
	fmt.Println(lib.Lend("222", "sam"), lib.Lend("333", "kim"))
	fmt.Println(lib.loans)
	lib.Return("111", "sam")
	lib.Return("333", "kim")
	fmt.Println(lib.loans, len(lib.loans))
	fmt.Println(lib.ByAuthor())
	var titles []string
	for _, b := range lib.books {
		if b.Year < 1900 || strings.HasPrefix(b.Title, "N") {
			titles = append(titles, fmt.Sprintf("%s(%d,loan=%t)", b.Title, b.Year, b.OnLoan))
		}
	}
	sort.Strings(titles)
	fmt.Println(strings.Join(titles, "; "))
	fmt.Println(lib.history)
	err := lib.Lend("222", "zoe")
	fmt.Println(errors.Is(err, ErrLoaned), errors.Is(err, ErrNoBook), err)
}
