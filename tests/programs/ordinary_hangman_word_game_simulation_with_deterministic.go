// Hangman / word game simulation with deterministic guesses
package main

import (
	"fmt"
	"strings"
)

type Game struct {
	word    string
	guessed map[rune]bool
	misses  []rune
	maxMiss int
}

func NewGame(word string, maxMiss int) *Game {
	return &Game{word: strings.ToLower(word), guessed: map[rune]bool{}, maxMiss: maxMiss}
}

func (g *Game) Guess(r rune) string {
	if g.guessed[r] {
		return "already guessed"
	}
	g.guessed[r] = true
	if strings.ContainsRune(g.word, r) {
		return "hit"
	}
	g.misses = append(g.misses, r)
	return "miss"
}

func (g *Game) Masked() string {
	var sb strings.Builder
	for _, r := range g.word {
		if g.guessed[r] {
			sb.WriteRune(r)
		} else {
			sb.WriteRune('_')
		}
		sb.WriteByte(' ')
	}
	return strings.TrimSpace(sb.String())
}

func (g *Game) Won() bool  { return !strings.Contains(g.Masked(), "_") }
func (g *Game) Lost() bool { return len(g.misses) >= g.maxMiss }

func play(word, guesses string) {
	g := NewGame(word, 5)
	fmt.Println("new game:", g.Masked())
	for _, r := range guesses {
		res := g.Guess(r)
		fmt.Printf("guess %c: %-15s %s misses=%q\n", r, res, g.Masked(), string(g.misses))
		if g.Won() {
			fmt.Println("you win!")
			return
		}
		if g.Lost() {
			fmt.Println("you lose, the word was", g.word)
			return
		}
	}
	fmt.Println("out of guesses")
}

func main() {
	play("Gopher", "eaoxgphr")
	play("syzygy", "aeioustn")
	play("go", "gg")
}
