package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Player struct {
	Name   string
	Team   string
	Score  int
	Joined int
}

func printBoard(title string, ps []Player) {
	fmt.Println("==", title, "==")
	for i, p := range ps {
		fmt.Printf("%d %-7s %-5s %4d (joined %d)\n", i+1, p.Name, p.Team, p.Score, p.Joined)
	}
}

func main() {
	players := []Player{
		{"alice", "red", 120, 3},
		{"bob", "blue", 95, 1},
		{"carol", "red", 120, 2},
		{"dave", "green", 80, 5},
		{"erin", "blue", 120, 4},
		{"frank", "green", 95, 6},
		{"grace", "red", 60, 7},
	}
	// insertion order by join date first
	slices.SortFunc(players, func(a, b Player) int { return cmp.Compare(a.Joined, b.Joined) })
	printBoard("by join", players)

	// stable sort by score desc keeps join order among ties
	board := slices.Clone(players)
	slices.SortStableFunc(board, func(a, b Player) int { return cmp.Compare(b.Score, a.Score) })
	printBoard("by score (stable)", board)

	// stable by team keeps score order within team
	byTeam := slices.Clone(board)
	slices.SortStableFunc(byTeam, func(a, b Player) int { return strings.Compare(a.Team, b.Team) })
	printBoard("by team then score", byTeam)

	fmt.Println("board sorted by score desc:", slices.IsSortedFunc(board, func(a, b Player) int { return cmp.Compare(b.Score, a.Score) }))
	fmt.Println("players unchanged order:", players[0].Name, players[len(players)-1].Name)

	// dense ranks
	rank := 0
	prev := -1
	for _, p := range board {
		if p.Score != prev {
			rank++
			prev = p.Score
		}
		fmt.Printf("%s:%d ", p.Name, rank)
	}
	fmt.Println()

	// bottom three, reversed
	bottom := slices.Clone(board[len(board)-3:])
	slices.Reverse(bottom)
	names := make([]string, len(bottom))
	for i, p := range bottom {
		names[i] = p.Name
	}
	fmt.Println("bottom three:", names)

	i := slices.IndexFunc(board, func(p Player) bool { return p.Team == "green" })
	fmt.Println("best green at position", i+1, board[i].Name)
	fmt.Println("anyone over 100 in blue:", slices.ContainsFunc(board, func(p Player) bool { return p.Team == "blue" && p.Score > 100 }))
	top := slices.MaxFunc(players, func(a, b Player) int { return cmp.Compare(a.Score, b.Score) })
	fmt.Println("first max by MaxFunc:", top.Name)
	low := slices.MinFunc(players, func(a, b Player) int { return cmp.Compare(a.Score, b.Score) })
	fmt.Println("min:", low.Name)
}
